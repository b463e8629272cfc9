package go4j.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every workload computes what it should, at small sizes, in each implementation: a benchmark
 * that loses a message or ends early would measure the wrong thing. Quick (well under a second).
 */
class WorkloadsTest {
    /** What k producers sending share(m, k, i) values j & 127 add up to. */
    static long expectedSum(int m, int k) {
        long s = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < Sizes.share(m, k, i); j++) {
                s += j & 127;
            }
        }
        return s;
    }

    @Test
    void pingPongReturnsEveryValueSent() {
        long want = expectedSum(300, 1);
        assertEquals(want, Harness.goroutine(() -> Go4jWork.pingPong(300)));
        assertEquals(want, Harness.virtualThread(() -> JoxWork.pingPong(300)));
        assertEquals(want, Harness.virtualThread(() -> JucWork.pingPong(300)));
    }

    @Test
    void producerConsumerDeliversEveryMessageOnceForEveryShapeAndCapacity() {
        for (int shape : new int[] {1, 4, 100}) {
            for (int cap : new int[] {0, 16, 1024}) {
                long want = expectedSum(1000, shape);
                String what = shape + "x" + shape + " cap " + cap;
                assertEquals(want, Harness.goroutine(() -> Go4jWork.prodCons(shape, shape, cap, 1000)), what);
                assertEquals(want, Harness.virtualThread(() -> JoxWork.prodCons(shape, shape, cap, 1000)), what);
                assertEquals(want, Harness.virtualThread(() -> JucWork.prodCons(shape, shape, cap, 1000)), what);
            }
        }
    }

    @Test
    void selectReceivesEveryMessageFromAllChannels() {
        for (int k : new int[] {2, 4}) {
            assertEquals(expectedSum(1000, k), Harness.goroutine(() -> Go4jWork.selectRecv(k, 1000)));
            assertEquals(expectedSum(1000, k), Harness.virtualThread(() -> JoxWork.selectRecv(k, 1000)));
        }
    }

    @Test
    void spawnJoinWaitsForEveryGoroutine() {
        assertEquals(500, Harness.goroutine(() -> Go4jWork.spawnJoin(500)));
        assertEquals(500, Harness.virtualThread(() -> JucWork.spawnJoin(500)));
    }

    @Test
    void sieveFindsTheHundredthPrimeAndEnds() {
        assertEquals(541, Harness.goroutine(() -> Go4jWork.sieve(100, 541)));
        assertEquals(541, Harness.virtualThread(() -> JoxWork.sieve(100, 541)));
        assertEquals(541, Harness.virtualThread(() -> JucWork.sieve(100, 541)));
    }

    @Test
    void theBenchmarkSieveLimitIsTheTwoThousandthPrime() {
        int count = 0;
        int last = 0;
        for (int n = 2; count < Sizes.SIEVE_PRIMES; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
                last = n;
            }
        }
        assertEquals(last, Sizes.SIEVE_LIMIT);
    }

    @Test
    void skynetSumsEveryLeaf() {
        long want = 10_000L * 9_999 / 2;
        assertEquals(want, Harness.goroutine(() -> Go4jWork.skynet(10_000)));
        assertEquals(want, Harness.virtualThread(() -> JoxWork.skynet(10_000)));
        assertEquals(want, Harness.virtualThread(() -> JucWork.skynet(10_000)));
    }

    @Test
    void workerPoolDoublesEveryTask() {
        long want = 1000L * 1001;
        assertEquals(want, Harness.goroutine(() -> Go4jWork.workerPool(1000, 8, 100)));
        assertEquals(want, Harness.virtualThread(() -> JoxWork.workerPool(1000, 8, 100)));
        assertEquals(want, Harness.virtualThread(() -> JucWork.workerPool(1000, 8, 100)));
    }

    @Test
    void cancellingTheRootOfATreeCancelsEveryNode() {
        go4j.context.Cancelable[] tree = CtxWork.tree(1000, Sizes.CTX_TREE_FANOUT);
        assertEquals(1, Harness.goroutine(() -> CtxWork.cancel(tree)));
        for (go4j.context.Cancelable c : tree) {
            assertEquals(go4j.context.Context.CANCELED, c.context().err());
        }
    }

    @Test
    void valueLookupFindsTheKeyAtTheFarEndOfTheChain() {
        go4j.context.Context chain = CtxWork.chain(Sizes.CTX_VALUE_DEPTH);
        assertEquals(0, chain.value(0));
        assertEquals(500, Harness.goroutine(() -> CtxWork.lookups(chain, 0, 500)));
    }

    @Test
    void aCloseWakesEveryParkedGoroutineAndALatchEveryThread() {
        Go4jWork.Parked[] g = new Go4jWork.Parked[1];
        Harness.goroutine(() -> {
            g[0] = Go4jWork.parkOnChan(500);
            return 0;
        });
        assertEquals(500, Harness.goroutine(() -> Go4jWork.closeBroadcast(g[0], 500)));
        JoxWork.Parked[] j = new JoxWork.Parked[1];
        Harness.virtualThread(() -> {
            j[0] = JoxWork.parkOnChan(500);
            return 0;
        });
        assertEquals(500, Harness.virtualThread(() -> JoxWork.closeBroadcast(j[0], 500)));
        JucWork.Parked[] u = new JucWork.Parked[1];
        Harness.virtualThread(() -> {
            u[0] = JucWork.parkOnLatch(500);
            return 0;
        });
        assertEquals(500, Harness.virtualThread(() -> JucWork.release(u[0], 500)));
    }

    @Test
    void aPipelineDeliversEveryMessageToItsFarEnd() {
        long want = expectedSum(1000, 1);
        assertEquals(want, Harness.goroutine(() -> Go4jWork.pipeline(10, 1000)));
        assertEquals(want, Harness.virtualThread(() -> JoxWork.pipeline(10, 1000)));
        assertEquals(want, Harness.virtualThread(() -> JucWork.pipeline(10, 1000)));
    }

    @Test
    void cancellingTheRootWakesEverySelectOnALeaf() {
        CtxWork.Selecting[] s = new CtxWork.Selecting[1];
        Harness.goroutine(() -> {
            s[0] = CtxWork.selectOnLeaves(500);
            return 0;
        });
        assertEquals(500, Harness.goroutine(() -> CtxWork.cancelAll(s[0], 500)));
    }

    @Test
    void aPlatformThreadPlaysPingPongWithAGoroutine() {
        long want = expectedSum(300, 1);
        assertEquals(want, Go4jWork.pingPong(300));
    }

    @Test
    void aFailingWorkloadFailsTheInvocation() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Harness.goroutine(() -> {
                    throw new IllegalStateException("boom");
                }));
        assertEquals("boom", e.getMessage());
    }
}
