package go4j.stress;

import go4j.Chan;
import go4j.Go;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static go4j.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Skynet (the classic goroutine benchmark, run by the JDK's virtual-thread tests too): a tree of
 * 1,111,111 goroutines, each of the 1,000,000 leaves sends its number, each inner goroutine
 * sums its ten children. Run in its own surefire executions with {@code -Xmx2g}: a million
 * goroutines must fit, parked, in a 2 GB heap.
 */
@Tag("skynet")
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SkynetStressTest {
    private static final int SIZE = Integer.getInteger("go4j.stress.skynetSize", 1_000_000);

    static void skynet(Chan<Long> c, long num, int size, int div) {
        if (size == 1) {
            c.send(num);
            return;
        }
        Chan<Long> rc = new Chan<>();
        for (int i = 0; i < div; i++) {
            long sub = num + (long) i * (size / div);
            go(() -> skynet(rc, sub, size / div, div));
        }
        long sum = 0;
        for (int i = 0; i < div; i++) {
            sum += rc.recv();
        }
        c.send(sum);
    }

    @Test
    void millionGoroutinesSumTheirNumbers() {
        int before = Go.numGoroutine();
        Chan<Long> c = new Chan<>();
        go(() -> skynet(c, 0, SIZE, 10));
        long sum = c.recv();
        assertEquals((long) SIZE * (SIZE - 1) / 2, sum);
        System.out.printf("skynet %d on %s: sum %d, max heap %d MiB%n", SIZE, Go.scheduler(), sum,
                Runtime.getRuntime().maxMemory() >> 20);
        while (Go.numGoroutine() > before) { // the root goroutine is returning
            Thread.onSpinWait();
        }
    }
}
