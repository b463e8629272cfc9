package go4j.bridge;

import go4j.TestSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A subscriber that records its signals and checks, as they come, the rules a publisher owes
 * it: onSubscribe first and once, signals one at a time, no onNext beyond what it requested,
 * nothing after onComplete or onError. A broken rule is recorded, not thrown (a throw would
 * escape the publisher's goroutine), and {@link #assertNoViolation} reports it.
 */
final class Probe<T> implements Flow.Subscriber<T> {
    private final long initialRequest;              // requested in onSubscribe (0: none)
    private final BiConsumer<Probe<T>, T> onEach;   // run in onNext, after recording the item
    private final AtomicBoolean inSignal = new AtomicBoolean();
    private final AtomicLong requested = new AtomicLong(); // by this probe, saturating
    private final List<String> signals = new ArrayList<>();   // guarded by this
    private final List<T> items = new ArrayList<>();          // guarded by this
    private final List<String> violations = new ArrayList<>(); // guarded by this
    private volatile Flow.Subscription subscription;
    private volatile boolean terminated;
    private volatile boolean completed;
    private volatile Throwable error;

    Probe(long initialRequest) {
        this(initialRequest, (p, v) -> { });
    }

    Probe(long initialRequest, BiConsumer<Probe<T>, T> onEach) {
        this.initialRequest = initialRequest;
        this.onEach = onEach;
    }

    // ---- the subscriber ----

    @Override
    public void onSubscribe(Flow.Subscription s) {
        enter("onSubscribe");
        if (subscription != null) {
            violation("onSubscribe twice");
        }
        subscription = s;
        exit();
        if (initialRequest > 0) {
            request(initialRequest);
        }
    }

    @Override
    public void onNext(T item) {
        enter("onNext " + item);
        synchronized (this) {
            items.add(item);
            if (items.size() > requested.get()) {
                violation("onNext beyond demand: item " + items.size() + ", requested " + requested.get());
            }
        }
        try {
            onEach.accept(this, item);
        } finally {
            exit();
        }
    }

    @Override
    public void onError(Throwable t) {
        enter("onError " + t);
        error = t;
        terminated = true;
        exit();
    }

    @Override
    public void onComplete() {
        enter("onComplete");
        completed = true;
        terminated = true;
        exit();
    }

    private void enter(String signal) {
        if (!inSignal.compareAndSet(false, true)) {
            violation("signals overlap: " + signal);
        }
        synchronized (this) {
            if (terminated) {
                violation(signal + " after the end");
            }
            if (subscription == null && !signal.equals("onSubscribe")) {
                violation(signal + " before onSubscribe");
            }
            signals.add(signal);
        }
    }

    private void exit() {
        inSignal.set(false);
    }

    private synchronized void violation(String v) {
        violations.add(v);
    }

    // ---- what the test does ----

    /** Requests {@code n} (counted first, so that the items it allows are never seen as beyond demand). */
    void request(long n) {
        requested.getAndAccumulate(n, (d, k) -> d + k < 0 ? Long.MAX_VALUE : d + k);
        subscription.request(n);
    }

    /** Requests {@code n} without counting it: for n <= 0. */
    void requestUncounted(long n) {
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
    }

    Flow.Subscription subscription() {
        return subscription;
    }

    synchronized List<String> signals() {
        return List.copyOf(signals);
    }

    synchronized List<T> items() {
        return new ArrayList<>(items);
    }

    boolean completed() {
        return completed;
    }

    Throwable error() {
        return error;
    }

    void awaitSubscribed() {
        TestSupport.until("onSubscribe", () -> subscription != null);
    }

    void awaitItems(int n) {
        TestSupport.until(n + " items", () -> {
            synchronized (this) {
                return items.size() >= n || terminated;
            }
        });
    }

    void awaitCompleted() {
        TestSupport.until("onComplete", () -> terminated);
        if (!completed) {
            throw new AssertionError("expected onComplete, got onError", error);
        }
    }

    Throwable awaitError() {
        TestSupport.until("onError", () -> terminated);
        if (error == null) {
            throw new AssertionError("expected onError, got onComplete");
        }
        return error;
    }

    synchronized void assertNoViolation() {
        if (!violations.isEmpty()) {
            throw new AssertionError("publisher broke the rules: " + violations + "; signals " + signals);
        }
    }
}
