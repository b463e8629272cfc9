package go4j.examples.gotojava;

/** Go's non-nil interface holding a nil pointer has no Java counterpart: null is just null. */
public final class NilInterface {
    private NilInterface() {
    }

    interface Error {
        String error();
    }

    static final class MyErr implements Error {
        @Override
        public String error() {
            return "my error";
        }
    }

    static Error find(boolean fail) {
        MyErr p = null;
        if (fail) {
            p = new MyErr();
        }
        return p; // null: a null reference carries no type
    }

    public static void main(String[] args) {
        Error err = find(false);
        System.out.println("err == null: " + (err == null));
        System.out.println("err instanceof MyErr: " + (err instanceof MyErr));
    }
}
