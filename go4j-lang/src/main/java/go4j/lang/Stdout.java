package go4j.lang;

/** The process's standard output as compiled Go code writes it: raw bytes, flushed before exit and before stderr writes. */
final class Stdout {
    private Stdout() {
    }

    static void flush() {
        System.out.flush();
    }
}
