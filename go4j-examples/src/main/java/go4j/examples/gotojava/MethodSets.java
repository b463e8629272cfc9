package go4j.examples.gotojava;

/** Method sets: every Java method is called through a reference, so there is one method set. */
public final class MethodSets {
    private MethodSets() {
    }

    interface Incrementer {
        void inc();
    }

    static final class Counter implements Incrementer {
        private int n;

        @Override
        public void inc() { // Go: func (c *Counter) Inc()
            n++;
        }

        int get() { // Go: func (c Counter) Get() int
            return n;
        }
    }

    public static void main(String[] args) {
        Incrementer i = new Counter();
        i.inc();
        Counter c = new Counter();
        c.inc();
        System.out.println(c.get() + " " + ((Counter) i).get());
    }
}
