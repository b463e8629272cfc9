package go4j.internal.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Measures (not a test) the two ways execute() can learn its M inside a virtual thread:
 * the {@code Thread.currentCarrierThread()} intrinsic, and {@code Thread.currentThread()}
 * plus a read of VirtualThread's {@code carrierThread} field. Interleaved, 5 rounds.
 */
public final class CarrierLookupBench {
    private CarrierLookupBench() {
    }

    private static final VarHandle CARRIER;

    static {
        try {
            Class<?> vt = Class.forName("java.lang.VirtualThread");
            CARRIER = MethodHandles.privateLookupIn(vt, MethodHandles.lookup())
                    .findVarHandle(vt, "carrierThread", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static int viaIntrinsic(int n) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (Hooks.currentCarrier() instanceof M) {
                hits++;
            }
        }
        return hits;
    }

    static int viaField(int n) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            Thread t = Thread.currentThread();
            Thread c = t.isVirtual() ? (Thread) CARRIER.getOpaque(t) : t;
            if (c instanceof M) {
                hits++;
            }
        }
        return hits;
    }

    public static void main(String[] args) throws Exception {
        GmpScheduler s = GmpScheduler.create(1);
        int n = 100_000_000;
        Thread t = s.newThread(() -> {
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                int a = viaIntrinsic(n);
                long t1 = System.nanoTime();
                int b = viaField(n);
                long t2 = System.nanoTime();
                System.out.printf("currentCarrierThread %.2f ns   currentThread+carrierThread field %.2f ns  (%d %d)%n",
                        (double) (t1 - t0) / n, (double) (t2 - t1) / n, a, b);
            }
        });
        t.start();
        t.join();
    }
}
