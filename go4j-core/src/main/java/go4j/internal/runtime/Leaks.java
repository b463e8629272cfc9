package go4j.internal.runtime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.management.ObjectName;

/**
 * Go 1.26's goroutine leak profile for go4j: the goroutines blocked on a channel or a
 * {@code go4j.sync} object that nothing able to run can reach any more, so that they can
 * never wake.
 *
 * <p>The rule, Go's (runtime/mgc.go's goroutine leak detection, after Saioc et al., "Dynamic
 * Partial Deadlock Detection and Recovery via Garbage Collection", ASPLOS 2025): mark the heap
 * from every root except the stacks of blocked goroutines; a blocked goroutine whose wait
 * object (its channel's sudog, its select, its mutex's or wait group's queue entry) is marked
 * can be woken, so its stack becomes a root and marking goes on; at the fixpoint, the blocked
 * goroutines not reached are leaked. They stay reported (Go keeps them as "leaked") and are
 * marked so in dumps: {@code goroutine 7 [chan send (leaked)]:}.
 *
 * <p>Invariants, and why a report is never false:
 * <ul>
 *   <li>The graph is one HotSpot heap dump: taken at a safepoint, so every field of every
 *       object and every frame of every thread (virtual threads' unmounted stacks included,
 *       JDK 22+) is one instant T. The dump must show every reference a thread holds, which
 *       HotSpot's does only for a thread not running Java code at T: a mounted virtual
 *       thread's frames not yet thawed onto its carrier stay in its stack chunk, unseen, and
 *       a running thread's registers are not dumped. So the dump is taken by a thread of its
 *       own while the caller waits unmounted, and it decides only if every virtual thread was
 *       unmounted and every platform thread not runnable or in a native call
 *       ({@code Walk.incomplete}); else another dump, up to {@link #ATTEMPTS}, then
 *       "undecided". "Blocked at T" is read from the dump itself: the G's wait
 *       object is set, its reason is asleep (only another goroutine can end it), the wait is
 *       not completed ({@code Sudog.done}, {@code SelectWaiter.fired}), the thread is not
 *       interrupted and the goroutine is neither exited nor killed. By G.beginWait's protocol
 *       such a goroutine leaves its wait only when someone completes the wait object or
 *       interrupts its thread.
 *   <li>Completing a wait needs its wait object: a channel's sudog is reached from the
 *       channel's queue, a select's {@code SelectWaiter} from each of its sudogs, a sync
 *       waiter's sudog from its owner's queue. Whoever can complete it (a running goroutine,
 *       a platform thread, a timer's action, a static, a class, JNI) holds a chain of
 *       references to it from a root that is not a blocked goroutine's stack, or from a
 *       blocked goroutine that can itself be woken first: that is the marking. Interrupting
 *       needs the goroutine's Thread: a Thread reached by the marking wakes its goroutine too,
 *       unless it is reached only from the JDK's table of live virtual threads
 *       ({@code ThreadContainers}' root container), go4j's registry ({@link Goroutines}), a
 *       sudog or the virtual thread's own lambdas, which never interrupt it (they at most
 *       unpark it, which ends no go4j wait; go4j's teardown is no wake-up either: it unwinds
 *       the goroutine). G objects are not followed: only the runtime holds them.
 *   <li>Every step over-approximates what can run: every class's static fields are roots,
 *       weak and soft references are followed as strong ones, a running or runnable
 *       goroutine's and every other thread's frames are roots. So a goroutine reported at T
 *       could not be woken at T, and since nothing that could wake it can come into being
 *       later (it would need a reference from something that runs), it never wakes. Before
 *       it is reported, its G is checked to be still in that same wait (its wait sequence).
 *   <li>A dump this reader cannot trust makes the call fail, never report: a JVM without the
 *       HotSpot diagnostic bean, a dump without the stack of a waiting goroutine's thread, a
 *       record the reader does not know, or no decidable dump in {@link #ATTEMPTS}.
 * </ul>
 *
 * <p>What it cannot see: a goroutine blocked outside go4j (a JDK lock, I/O, {@code sleep}) is
 * never blocked in this sense; a goroutine whose wait object some object keeps reachable
 * without ever using it (a channel in a static map nobody reads) is not leaked by the rule.
 */
public final class Leaks {
    /*
     * Implementation overview. find(): on a thread of its own (decide), dump the heap
     * (HotSpotDiagnostic.dumpHeap, live objects only, into an owner-only temporary
     * directory), read it (HeapDump), check that it shows every thread whole, find the G instances
     * and which are blocked at T, then one worklist marking in which the barriers are the
     * blocked goroutines' G and Thread objects and the roots of their stacks, lifted for a
     * goroutine when its wait object (or its Thread, from a holder that counts) is marked.
     * Map the leaked ones back to live G objects by thread id, checked against the wait
     * sequence. Cost: the dump (a full GC and a write of the live heap) and one read of it:
     * docs/diagnostics.md, "Leaked goroutines".
     */
    private Leaks() {
    }

    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();
    /**
     * The goroutines found leaked, each with the number of the wait it was found in (G's wait
     * sequence): kept here, weakly, rather than in a field every G would carry.
     */
    private static final Map<G, Long> FOUND = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /** {@code -Dgo4j.leaks=trace}: print on stderr, for each blocked goroutine found wakeable, what reached it. */
    private static final boolean TRACE = "trace".equals(System.getProperty("go4j.leaks"));
    private static final String DIAGNOSTIC_BEAN = "com.sun.management:type=HotSpotDiagnostic";

    /**
     * The goroutines of the JVM that can never wake (see the class comment), sorted as
     * {@link Goroutines#all()}; each is marked leaked in its current wait, for {@link Dump}.
     *
     * @return the leaked goroutines
     * @throws UnsupportedOperationException if this JVM cannot dump its heap with the stacks of
     *         virtual threads (not HotSpot, or older than JDK 22)
     * @throws IllegalStateException "undecided" when no dump of {@link #ATTEMPTS} showed every
     *         thread whole (some thread kept running Java code), or the dump could not be read
     */
    public static List<G> find() {
        if (Runtime.version().feature() < 22) {
            throw new UnsupportedOperationException("leaked goroutines: needs JDK 22+ (heap dumps with virtual threads' stacks)");
        }
        ONE_AT_A_TIME.lock();
        try {
            // The dump is taken on a thread of its own while the caller waits outside go4j
            // (a JDK wait: a goroutine caller is then unmounted, its whole stack in the dump).
            java.util.concurrent.FutureTask<List<long[]>> task = new java.util.concurrent.FutureTask<>(Leaks::decide);
            Thread t = new go4j.internal.base.RuntimeThread(task, "go4j-leaks");
            t.setDaemon(true);
            t.start();
            List<long[]> leaked;
            try {
                leaked = task.get();
            } catch (InterruptedException e) {
                t.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("leaked goroutines: interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("leaked goroutines: " + e.getCause(), e.getCause());
            }
            return resolve(leaked);
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** How many dumps {@link #decide} takes at most before it gives up. */
    static final int ATTEMPTS = Integer.getInteger("go4j.leaks.attempts", 10);

    /**
     * Dumps and walks until a dump shows every thread's whole stack; {thread id, wait
     * sequence} of each leaked goroutine. A virtual thread that is mounted or between
     * mounted and unmounted when the dump is taken has in it only the frames on its
     * carrier's stack: those it has not returned to since it last resumed stay in its stack
     * chunk, which HotSpot's dump shows as an object without its frames (measured: a caller
     * holding a channel in such a frame made the goroutines on that channel read as leaked
     * every time). Such a dump decides nothing; the next one, a little later, usually finds
     * that thread parked or with its chunk empty.
     */
    private static List<long[]> decide() throws IOException {
        String why = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(5L << Math.min(attempt, 5)); // 10, 20, 40, 80, 160 ms ...
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Path dir = Files.createTempDirectory("go4j-leaks"); // owner-only on POSIX: the dump holds the heap's data
            Path file = dir.resolve("heap.hprof");
            try {
                long t0 = System.nanoTime();
                try {
                    ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_BEAN), "dumpHeap",
                            new Object[] {file.toString(), Boolean.TRUE}, new String[] {"java.lang.String", "boolean"});
                } catch (Exception e) {
                    throw new UnsupportedOperationException("leaked goroutines: this JVM cannot dump its heap (" + e + ")", e);
                }
                long t1 = System.nanoTime();
                try (HeapDump heap = HeapDump.open(file)) {
                    long t2 = System.nanoTime();
                    Walk walk = new Walk(heap);
                    why = walk.incomplete();
                    List<long[]> leaked = why == null ? walk.leaked() : null;
                    if (TRACE) {
                        System.err.printf("go4j leaks: dump %d ms (%d MB), read %d ms, walk %d ms, %s%n", (t1 - t0) / 1_000_000,
                                Files.size(file) >> 20, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
                                why == null ? leaked.size() + " leaked" : "undecided: " + why);
                    }
                    if (leaked != null) {
                        return leaked;
                    }
                }
            } finally {
                try {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary directory the OS cleans
                }
            }
        }
        throw new IllegalStateException("leaked goroutines: undecided after " + ATTEMPTS + " heap dumps: " + why
                + " at each (a virtual thread that keeps running has frames the dump cannot show)");
    }

    /** True while {@code g} is in the wait it was found leaked in ({@link Dump}'s "(leaked)"). */
    static boolean isLeaked(G g) {
        Long seq = FOUND.isEmpty() ? null : FOUND.get(g);
        return seq != null && g.waitOn() != null && g.waitSeq() == seq;
    }

    /** Live G objects for the (thread id, wait sequence) pairs the walk found; marks them leaked. */
    private static List<G> resolve(List<long[]> leaked) {
        Map<Long, long[]> byTid = new HashMap<>();
        for (long[] l : leaked) {
            byTid.put(l[0], l);
        }
        List<G> out = new ArrayList<>();
        for (G g : Goroutines.all()) {
            long[] l = byTid.get(g.thread.threadId());
            if (l != null && g.waitSeq() == l[1] && g.waitOn() != null) {
                FOUND.put(g, l[1]);
                out.add(g);
            } else if (l != null && TRACE) {
                // Not reported either way; but a goroutine found leaked cannot have moved on.
                System.err.println("go4j leaks: BUG? " + g + " on thread #" + l[0] + " read as leaked in wait " + l[1]
                        + " is now in wait " + g.waitSeq() + " (" + g.waitReason() + "), exited " + g.exited());
            }
        }
        if (TRACE && out.size() != leaked.size()) {
            System.err.println("go4j leaks: BUG? " + leaked.size() + " read as leaked, " + out.size() + " still are");
        }
        return out;
    }

    /** The marking over one dump. */
    private static final class Walk {
        private final HeapDump heap;
        private final BitSet marked = new BitSet();
        private final BitSet excluded = new BitSet();       // slots whose references to Threads do not wake
        private final BitSet special = new BitSet();        // slots of blocked goroutines' G, Thread and wait objects

        // The goroutines blocked at T, by index:
        private final List<long[]> blocked = new ArrayList<>(); // {tid, waitSeq}
        private final List<Long> gObjs = new ArrayList<>();
        private final List<Long> threadObjs = new ArrayList<>();
        private final Map<Long, Integer> byG = new HashMap<>();
        private final Map<Long, Integer> byThread = new HashMap<>();
        private final Map<Long, Integer> byWait = new HashMap<>();
        private final Map<Integer, Integer> bySerial = new HashMap<>();
        private boolean[] live;
        private int[] firstRoot;  // blocked goroutine -> index of its stack's first root, -1: none
        private int[] nextRoot;   // root index -> the next root of the same stack, -1: last

        Walk(HeapDump heap) {
            this.heap = heap;
        }

        /**
         * Null when every thread's stack is whole in the dump; else which thread's may not be.
         * A thread that was running Java code at T may hold references in registers that the
         * dump does not show, and a mounted virtual thread's frames not yet thawed onto its
         * carrier stay in its stack chunk, which the dump does not walk (both measured: see
         * {@link #decide}). So: every virtual thread must be unmounted (a state read by name
         * from the dump's VirtualThread class), and every platform thread not runnable, or in a
         * native method (innermost frame of its trace in the dump): at a call, a thread's Java
         * frames hold their references in memory.
         */
        String incomplete() {
            HeapDump.ClassInfo vt = heap.classNamed("java.lang.VirtualThread");
            java.util.Set<Long> unmounted = new java.util.HashSet<>();
            for (String state : new String[] {"NEW", "STARTED", "PARKED", "TIMED_PARKED", "UNPARKED", "YIELDED", "BLOCKED",
                    "UNBLOCKED", "WAIT", "TIMED_WAIT", "TERMINATED"}) {
                Long v = vt == null ? null : vt.staticInts.get(state);
                if (v != null) {
                    unmounted.add(v);
                }
            }
            if (vt != null && unmounted.size() < 6) {
                return "the dump's VirtualThread has no state constants this reader knows";
            }
            for (Map.Entry<Long, Integer> e : heap.traceOfThread.entrySet()) {
                long thread = e.getKey();
                HeapDump.ClassInfo c = heap.classOfId(thread);
                if (vt != null && c != null && c.id == vt.id) {
                    long state = heap.field(thread, "state", -1);
                    if (!unmounted.contains(state)) {
                        return "virtual thread #" + heap.field(thread, "tid", -1) + " was mounted (state " + state + ")";
                    }
                } else {
                    long holder = heap.field(thread, "holder", 0);
                    long status = holder == 0 ? -1 : heap.field(holder, "threadStatus", -1);
                    if (status == -1 || (status & JVMTI_THREAD_STATE_RUNNABLE) != 0 && !heap.runsNoJava(thread)) {
                        return "thread " + nameOf(heap.field(thread, "tid", -1)) + " was running Java code";
                    }
                }
            }
            return null;
        }

        /** "#id name", the name as the thread has it now (a dump's strings are not read). */
        private static String nameOf(long tid) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.threadId() == tid) {
                    return "#" + tid + " \"" + t.getName() + "\"";
                }
            }
            return "#" + tid;
        }

        /** jdk.internal.misc.VM's bit of Thread.holder.threadStatus for a runnable thread. */
        private static final int JVMTI_THREAD_STATE_RUNNABLE = 0x0004;

        /** {thread id, wait sequence} of each goroutine blocked at T and not reached. */
        List<long[]> leaked() throws IOException {
            HeapDump.ClassInfo gClass = heap.classNamed(G.class.getName());
            if (gClass == null) {
                return List.of();
            }
            Map<Long, Integer> threadSerial = new HashMap<>();
            HeapDump.Roots roots = heap.roots;
            for (int i = 0; i < roots.count; i++) {
                if (roots.kinds[i] == HeapDump.ROOT_THREAD_OBJ) {
                    threadSerial.put(roots.ids[i], roots.threads[i]);
                }
            }
            findBlocked(gClass, threadSerial);
            live = new boolean[blocked.size()];
            excludeRegistries();
            // The roots of each blocked goroutine's stack, as chains through nextRoot.
            firstRoot = new int[blocked.size()];
            java.util.Arrays.fill(firstRoot, -1);
            nextRoot = new int[roots.count];
            for (int i = roots.count - 1; i >= 0; i--) {
                int serial = roots.threads[i];
                Integer b = serial == 0 ? null : bySerial.get(serial);
                if (b != null && roots.kinds[i] != HeapDump.ROOT_THREAD_OBJ) {
                    nextRoot[i] = firstRoot[b];
                    firstRoot[b] = i;
                }
            }
            for (int i = 0; i < roots.count; i++) {
                int serial = roots.threads[i];
                if (serial != 0 && bySerial.containsKey(serial)) {
                    continue; // a blocked goroutine's stack, and its thread: roots only once it is live
                }
                visit(roots.ids[i], -1);
            }
            for (HeapDump.ClassInfo c : heap.classes.values()) {
                for (long r : c.staticRefValues) {
                    if (r != 0) {
                        visit(r, -1);
                    }
                }
            }
            drain();
            List<long[]> out = new ArrayList<>();
            for (int b = 0; b < blocked.size(); b++) {
                if (!live[b]) {
                    out.add(blocked.get(b));
                }
            }
            return out;
        }

        private void findBlocked(HeapDump.ClassInfo gClass, Map<Long, Integer> threadSerial) throws IOException {
            String sudog = Sudog.class.getName();
            String selectWaiter = SelectWaiter.class.getName();
            for (int slot = 0; slot < heap.index.size(); slot++) {
                if (heap.isArray(slot) || heap.classOf(slot) != gClass.id) {
                    continue;
                }
                long gObj = objectAt(slot);
                long thread = heap.field(gObj, "thread", 0);
                if (thread == 0 || heap.field(gObj, "exited", 1) != 0) {
                    continue;
                }
                long waitOn = heap.field(gObj, "waitOn", 0);
                if (!threadSerial.containsKey(thread)) {
                    if (waitOn == 0) {
                        continue; // not started yet (no frames: its body is its G's, which the walk follows)
                    }
                    // A goroutine that waits has frames, and a dump without them is not one to decide on.
                    throw new IOException("the heap dump has no stack for the thread of a waiting goroutine (JDK 22+ heap dumps have them)");
                }
                long reason = heap.field(gObj, "waitReason", 0);
                if (waitOn == 0 || reason == 0 || heap.field(reason, "asleep", 0) == 0
                        || heap.field(gObj, "killed", 1) != 0 || heap.field(thread, "interrupted", 1) != 0) {
                    continue;
                }
                HeapDump.ClassInfo waitClass = heap.classOfId(waitOn);
                long waitObj = 0; // 0: a wait nobody can complete (nil channel, empty select)
                if (waitClass != null && waitClass.name.equals(sudog)) {
                    if (heap.field(waitOn, "done", 1) != 0) {
                        continue;
                    }
                    waitObj = waitOn;
                } else if (waitClass != null && waitClass.name.equals(selectWaiter)) {
                    if (heap.field(waitOn, "fired", 1) != 0) {
                        continue;
                    }
                    waitObj = waitOn;
                }
                int b = blocked.size();
                blocked.add(new long[] {heap.field(thread, "tid", -1), heap.field(gObj, "waitSeq", -1)});
                gObjs.add(gObj);
                threadObjs.add(thread);
                int serial = threadSerial.get(thread);
                byG.put(gObj, b);
                byThread.put(thread, b);
                bySerial.put(serial, b);
                special.set(slot);
                special.set(heap.index.get(thread));
                if (waitObj != 0) {
                    byWait.put(waitObj, b);
                    special.set(heap.index.get(waitObj));
                }
            }
        }

        private long[] slotIds;

        /** The id of the object at {@code slot} (the index is one-way, so a reverse table, built once). */
        private long objectAt(int slot) {
            if (slotIds == null) {
                slotIds = heap.index.ids();
            }
            return slotIds[slot];
        }

        /**
         * The internals of the two tables of threads that hold every goroutine's Thread without
         * ever waking one: go4j's registry and the JDK's root thread container.
         */
        private void excludeRegistries() {
            HeapDump.ClassInfo reg = heap.classNamed(Goroutines.class.getName());
            if (reg != null) {
                excludeMap(reg.staticRefs.getOrDefault("ALL", 0L));
            }
            HeapDump.ClassInfo root = heap.classNamed("jdk.internal.vm.ThreadContainers$RootContainer$TrackingRootContainer");
            if (root != null) {
                long set = root.staticRefs.getOrDefault("VTHREADS", 0L);
                excludeMap(set == 0 ? 0 : heap.field(set, "map", 0));
            }
            // A virtual thread's own lambdas (runContinuation, which a scheduler's queue may
            // still hold in a consumed slot; the unparker of a timed park) at most run or
            // unpark it: neither completes a go4j wait, whose park loops until its sudog is done.
            // A sudog's thread: go4j only unparks it through that, and a stale sudog's unpark
            // does not end a wait either; completing the current sudog is the wait-object rule.
            for (HeapDump.ClassInfo c : heap.classes.values()) {
                if (c.name.startsWith("java.lang.VirtualThread$$Lambda") || c.name.equals(Sudog.class.getName())) {
                    harmlessClasses.add(c.id);
                }
            }
        }

        private final java.util.Set<Long> harmlessClasses = new java.util.HashSet<>(); // their references to Threads cannot wake

        /** True when a reference from {@code slot} to a blocked goroutine's Thread cannot wake it. */
        private boolean harmless(int slot) {
            return excluded.get(slot) || harmlessClasses.contains(heap.classOf(slot));
        }

        /** Adds a ConcurrentHashMap's table arrays and nodes to {@link #excluded}. */
        private void excludeMap(long map) {
            if (map == 0) {
                return;
            }
            ArrayDeque<Long> todo = new ArrayDeque<>();
            todo.add(map);
            while (!todo.isEmpty()) {
                long o = todo.poll();
                int slot = heap.index.get(o);
                if (slot < 0 || excluded.get(slot)) {
                    continue;
                }
                HeapDump.ClassInfo c = heap.classes.get(heap.classOf(slot));
                if (c == null || !(c.name.startsWith("java.util.concurrent.ConcurrentHashMap")
                        || c.name.startsWith("[Ljava.util.concurrent.ConcurrentHashMap$"))) {
                    continue; // a key or a value: not the map's own structure
                }
                excluded.set(slot);
                heap.references(slot, todo::add);
            }
        }

        private void visit(long id, int fromSlot) {
            int slot = heap.index.get(id);
            if (slot < 0 || marked.get(slot)) {
                return;
            }
            if (special.get(slot)) {
                Integer b = byG.get(id);
                if (b != null && !live[b]) {
                    return; // a blocked goroutine's G: only the runtime holds it
                }
                b = byThread.get(id);
                if (b != null && !live[b]) {
                    if (fromSlot >= 0 && !harmless(fromSlot)) {
                        why(b, "its Thread", fromSlot);
                        makeLive(b); // whoever holds the Thread may interrupt it
                    }
                    return;
                }
                b = byWait.get(id);
                if (b != null && !live[b]) {
                    why(b, "its wait object", fromSlot);
                    marked.set(slot);
                    push(slot);
                    makeLive(b);
                    return;
                }
            }
            marked.set(slot);
            push(slot);
        }

        private int[] work = new int[1024];
        private int top;

        private void push(int slot) {
            if (top == work.length) {
                work = java.util.Arrays.copyOf(work, top * 2);
            }
            work[top++] = slot;
        }

        private void why(int b, String what, int fromSlot) {
            if (TRACE) {
                HeapDump.ClassInfo c = fromSlot < 0 ? null : heap.classes.get(heap.classOf(fromSlot));
                System.err.println("go4j leaks: the goroutine on thread #" + blocked.get(b)[0] + " can be woken: "
                        + what + " is reached from " + (fromSlot < 0 ? "a root" : "a " + (c == null ? "?" : c.name)));
            }
        }

        /** Blocked goroutine {@code b} can be woken: its stack, G and Thread become roots. */
        private void makeLive(int b) {
            if (live[b]) {
                return;
            }
            live[b] = true;
            for (int i = firstRoot[b]; i >= 0; i = nextRoot[i]) {
                visit(heap.roots.ids[i], -1);
            }
            visit(gObjs.get(b), -1);
            visit(threadObjs.get(b), -1);
        }

        private void drain() {
            while (top > 0) {
                int f = work[--top];
                heap.references(f, id -> visit(id, f));
            }
        }
    }
}
