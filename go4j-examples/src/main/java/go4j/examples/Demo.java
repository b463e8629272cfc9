package go4j.examples;

import go4j.Chan;
import go4j.Go;
import go4j.sync.WaitGroup;

import static go4j.Go.defaultCase;
import static go4j.Go.go;
import static go4j.Go.select;

/**
 * {@code ./go4j demo}: a tour of go4j, one topic at a time.
 */
public final class Demo {
    private Demo() {
    }

    public static void main(String[] args) {
        System.out.println("go4j demo — scheduler: " + Go.scheduler() + ", GOMAXPROCS=" + Go.gomaxprocs(0));
        Go.main(() -> {
            heading("goroutines and channels");
            Chan<String> messages = new Chan<>();
            go(() -> messages.send("ping"));
            System.out.println(messages.recv());

            heading("buffered channels and range");
            Chan<Integer> queue = new Chan<>(3);
            queue.send(1);
            queue.send(2);
            queue.send(3);
            queue.close();
            for (int v : queue) {
                System.out.println("got " + v);
            }

            heading("select");
            Chan<String> c1 = new Chan<>(), c2 = new Chan<>();
            go(() -> c1.send("one"));
            go(() -> c2.send("two"));
            for (int i = 0; i < 2; i++) {
                String got = select(c1.onRecv(m -> "received " + m), c2.onRecv(m -> "received " + m));
                System.out.println(got);
            }
            String none = select(c1.onRecv(m -> m), defaultCase(() -> "no message ready: default"));
            System.out.println(none);

            heading("WaitGroup");
            WaitGroup wg = new WaitGroup();
            int[] done = new int[5];
            for (int i = 0; i < 5; i++) {
                int id = i;
                wg.add(1);
                go(() -> {
                    try {
                        done[id] = id * id;
                    } finally {
                        wg.done();
                    }
                });
            }
            wg.await();
            System.out.println("squares: " + java.util.Arrays.toString(done));
        });
    }

    private static void heading(String topic) {
        System.out.println();
        System.out.println("== " + topic + " ==");
    }
}
