package go4j.internal.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A HotSpot heap dump (the HPROF binary format, "JAVA PROFILE 1.0.2", as
 * {@code HotSpotDiagnosticMXBean.dumpHeap} writes it) read as a graph: objects, their
 * outgoing references, the classes' field layouts and static fields, and the GC roots with the
 * thread each frame root belongs to. {@link Leaks} walks it; this class knows nothing of
 * goroutines.
 *
 * <p>Invariants: an object id is the object's address at the dump (never 0; 0 is null). Every
 * instance and object array of the dump is in {@link #index} (primitive arrays are not: they
 * reference nothing); a class is in {@link #classes}. What the reader does not understand (a
 * record tag HotSpot does not write) is an error, never skipped: a walk over a graph with a
 * missing edge would see too little as reachable.
 */
final class HeapDump implements AutoCloseable {
    /*
     * Implementation overview. One sequential pass over the file (mapped in windows of at most
     * 1 GiB) records where each instance and object array starts (an open-addressing map from
     * object id to a dense slot, and the file position per slot), each class's layout and
     * static references, the names (UTF8 records) and the roots. References are read from the
     * mapped file when the walk asks for them, so the reader holds ~28 bytes per object (two
     * slots of the map, one position) and none of the heap's data. An instance's field values
     * are written class first, then each superclass, each in its class dump's field order: a
     * class's reference offsets are computed once from that chain.
     */

    // ---- record and sub-record tags (HPROF) ----
    private static final int UTF8 = 0x01, LOAD_CLASS = 0x02, FRAME = 0x04, TRACE = 0x05, HEAP_DUMP = 0x0C,
            HEAP_DUMP_SEGMENT = 0x1C;
    /** A FRAME record's line number for a native method. */
    private static final int NATIVE_LINE = -3;
    static final int ROOT_UNKNOWN = 0xFF, ROOT_JNI_GLOBAL = 0x01, ROOT_JNI_LOCAL = 0x02, ROOT_JAVA_FRAME = 0x03,
            ROOT_NATIVE_STACK = 0x04, ROOT_STICKY_CLASS = 0x05, ROOT_THREAD_BLOCK = 0x06,
            ROOT_MONITOR_USED = 0x07, ROOT_THREAD_OBJ = 0x08;
    private static final int CLASS_DUMP = 0x20, INSTANCE_DUMP = 0x21, OBJ_ARRAY_DUMP = 0x22, PRIM_ARRAY_DUMP = 0x23;
    /** Basic type codes; OBJECT is a reference. */
    static final int OBJECT = 2, BOOLEAN = 4, CHAR = 5, FLOAT = 6, DOUBLE = 7, BYTE = 8, SHORT = 9, INT = 10, LONG = 11;

    private static final int WINDOW_BITS = 30;
    private static final long WINDOW = 1L << WINDOW_BITS;

    private final FileChannel file;
    private final MappedByteBuffer[] windows;
    private final long size;
    /** Bytes per id (8 on a 64-bit JVM, 4 on a 32-bit one). */
    final int idSize;

    private final Map<Long, String> names = new HashMap<>();       // UTF8 id -> text (class and field names)
    private final Map<Long, Long> classNameIds = new HashMap<>();  // class id -> UTF8 id of its name
    /** Every class of the dump by id. */
    final Map<Long, ClassInfo> classes = new HashMap<>();
    /** Instances and object arrays: id -> slot; {@link #positions} holds where each starts. */
    final IdIndex index = new IdIndex();
    private long[] positions = new long[1 << 16];  // slot -> file position of the sub-record's tag
    /** Roots in dump order: kind (a ROOT_ tag), object id, thread serial (0 when not a thread's). */
    final Roots roots = new Roots();
    /** Thread object id -> the serial of its stack trace (from its ROOT_THREAD_OBJ). */
    final Map<Long, Integer> traceOfThread = new HashMap<>();
    private final Map<Integer, Long> topFrameOfTrace = new HashMap<>(); // stack trace serial -> its innermost frame id
    private final java.util.Set<Long> nativeFrames = new java.util.HashSet<>(); // frame ids of native methods
    private final java.util.Set<Integer> tracesSeen = new java.util.HashSet<>(); // stack trace serials

    /** A class: its name (dots, as Class.getName), superclass, fields, static references. */
    static final class ClassInfo {
        final long id;
        final long superId;
        String name;                 // resolved after the pass (LOAD_CLASS may follow the dump)
        final long[] fieldNameIds;   // declared instance fields, dump order
        final byte[] fieldTypes;
        final Map<String, Long> staticRefs = new HashMap<>(); // static reference fields by name (null: 0)
        final Map<String, Long> staticInts = new HashMap<>(); // static int fields by name
        final List<Long> staticRefValues = new ArrayList<>();
        int[] refOffsets;            // offsets of reference fields in an instance's data, lazily
        Map<String, int[]> fieldAt;  // field name -> {offset, type} over the whole chain, lazily

        ClassInfo(long id, long superId, long[] fieldNameIds, byte[] fieldTypes) {
            this.id = id;
            this.superId = superId;
            this.fieldNameIds = fieldNameIds;
            this.fieldTypes = fieldTypes;
        }
    }

    private HeapDump(FileChannel file) throws IOException {
        this.file = file;
        this.size = file.size();
        int n = (int) ((size + WINDOW - 1) / WINDOW);
        windows = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long start = i * WINDOW;
            windows[i] = file.map(FileChannel.MapMode.READ_ONLY, start, Math.min(WINDOW, size - start));
        }
        long p = 0;
        while (u1(p) != 0) {
            p++;
        }
        String magic = new String(bytes(0, (int) p), StandardCharsets.US_ASCII);
        if (!magic.startsWith("JAVA PROFILE 1.0")) {
            throw new IOException("not an HPROF heap dump: " + magic);
        }
        idSize = u4(p + 1);
        if (idSize != 4 && idSize != 8) {
            throw new IOException("HPROF id size " + idSize);
        }
        read(p + 1 + 4 + 8);
    }

    /**
     * Reads the heap dump in {@code path}.
     *
     * @param path an HPROF file
     * @return the dump, to be closed
     * @throws IOException if it cannot be read or is not a heap dump this reader understands
     */
    static HeapDump open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new HeapDump(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    // ---- the pass ----

    private void read(long p) throws IOException {
        while (p < size) {
            int tag = u1(p);
            long len = Integer.toUnsignedLong(u4(p + 5));
            long body = p + 9;
            switch (tag) {
                case UTF8 -> names.put(id(body), new String(bytes(body + idSize, (int) (len - idSize)), StandardCharsets.UTF_8));
                case LOAD_CLASS -> classNameIds.put(id(body + 4), id(body + 4 + idSize + 4));
                case FRAME -> {
                    if (u4(body + 4L * idSize + 4) == NATIVE_LINE) {
                        nativeFrames.add(id(body));
                    }
                }
                case TRACE -> {
                    tracesSeen.add(u4(body));
                    if (u4(body + 8) > 0) {
                        topFrameOfTrace.put(u4(body), id(body + 12));
                    }
                }
                case HEAP_DUMP, HEAP_DUMP_SEGMENT -> readHeap(body, body + len);
                default -> {
                    // Other top-level records (stack traces and frames, the end of a dump) hold no references.
                }
            }
            p = body + len;
        }
        for (ClassInfo c : classes.values()) {
            Long nameId = classNameIds.get(c.id);
            String n = nameId == null ? null : names.get(nameId);
            c.name = n == null ? "?" : n.replace('/', '.');
        }
    }

    private void readHeap(long p, long end) throws IOException {
        int id = idSize;
        while (p < end) {
            int tag = u1(p);
            long b = p + 1;
            switch (tag) {
                case ROOT_UNKNOWN, ROOT_STICKY_CLASS, ROOT_MONITOR_USED -> {
                    roots.add(tag, id(b), 0);
                    p = b + id;
                }
                case ROOT_JNI_GLOBAL -> {
                    roots.add(tag, id(b), 0);
                    p = b + 2L * id;
                }
                case ROOT_JNI_LOCAL, ROOT_JAVA_FRAME -> {
                    roots.add(tag, id(b), u4(b + id));
                    p = b + id + 8;
                }
                case ROOT_NATIVE_STACK, ROOT_THREAD_BLOCK -> {
                    roots.add(tag, id(b), u4(b + id));
                    p = b + id + 4;
                }
                case ROOT_THREAD_OBJ -> {
                    roots.add(tag, id(b), u4(b + id));
                    traceOfThread.put(id(b), u4(b + id + 4));
                    p = b + id + 8;
                }
                case CLASS_DUMP -> p = classDump(b);
                case INSTANCE_DUMP -> {
                    put(id(b), p);
                    p = b + id + 4 + id + 4 + Integer.toUnsignedLong(u4(b + id + 4 + id));
                }
                case OBJ_ARRAY_DUMP -> {
                    put(id(b), p);
                    p = b + id + 4 + 4 + id + Integer.toUnsignedLong(u4(b + id + 4)) * id;
                }
                case PRIM_ARRAY_DUMP -> {
                    long n = Integer.toUnsignedLong(u4(b + id + 4));
                    p = b + id + 4 + 4 + 1 + n * size(u1(b + id + 8));
                }
                default -> throw new IOException("HPROF heap sub-record 0x" + Integer.toHexString(tag) + " at " + p);
            }
        }
    }

    private long classDump(long b) throws IOException {
        long classId = id(b);
        long superId = id(b + idSize + 4);
        long p = b + idSize + 4 + 6L * idSize + 4;
        int cp = u2(p);
        p += 2;
        for (int i = 0; i < cp; i++) {
            p += 2;
            int t = u1(p);
            p += 1 + size(t);
        }
        int statics = u2(p);
        p += 2;
        List<long[]> refs = new ArrayList<>();
        List<long[]> ints = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            long nameId = id(p);
            int t = u1(p + idSize);
            p += idSize + 1;
            if (t == OBJECT) {
                refs.add(new long[] {nameId, id(p)});
            } else if (t == INT) {
                ints.add(new long[] {nameId, u4(p)});
            }
            p += size(t);
        }
        int fields = u2(p);
        p += 2;
        long[] fieldNames = new long[fields];
        byte[] fieldTypes = new byte[fields];
        for (int i = 0; i < fields; i++) {
            fieldNames[i] = id(p);
            fieldTypes[i] = (byte) u1(p + idSize);
            p += idSize + 1;
        }
        ClassInfo c = new ClassInfo(classId, superId, fieldNames, fieldTypes);
        for (long[] r : refs) {
            c.staticRefs.put(names.getOrDefault(r[0], "?"), r[1]);
            c.staticRefValues.add(r[1]);
        }
        for (long[] r : ints) {
            c.staticInts.put(names.getOrDefault(r[0], "?"), r[1]);
        }
        classes.put(classId, c);
        return p;
    }

    private void put(long id, long pos) {
        int slot = index.add(id);
        if (slot >= positions.length) {
            positions = java.util.Arrays.copyOf(positions, positions.length * 2);
        }
        positions[slot] = pos;
    }

    private int size(int type) throws IOException {
        return switch (type) {
            case OBJECT -> idSize;
            case BOOLEAN, BYTE -> 1;
            case CHAR, SHORT -> 2;
            case FLOAT, INT -> 4;
            case DOUBLE, LONG -> 8;
            default -> throw new IOException("HPROF basic type " + type);
        };
    }

    // ---- objects ----

    /** True for an object array at {@code slot}, false for an instance. */
    boolean isArray(int slot) {
        return u1(positions[slot]) == OBJ_ARRAY_DUMP;
    }

    /** The class of the object at {@code slot} (for an array, the array class). */
    long classOf(int slot) {
        long b = positions[slot] + 1;
        return isArray(slot) ? id(b + idSize + 8) : id(b + idSize + 4);
    }

    /** The class of {@code objectId}, or null when it is not an instance or object array of the dump. */
    ClassInfo classOfId(long objectId) {
        int slot = index.get(objectId);
        return slot < 0 ? null : classes.get(classOf(slot));
    }

    /**
     * Calls {@code to} with every non-null reference held by the object at {@code slot}: an
     * instance's reference fields (its class's and every superclass's), an array's elements.
     */
    void references(int slot, RefSink to) {
        long b = positions[slot] + 1;
        if (u1(positions[slot]) == OBJ_ARRAY_DUMP) {
            long n = Integer.toUnsignedLong(u4(b + idSize + 4));
            long p = b + idSize + 8 + idSize;
            for (long i = 0; i < n; i++, p += idSize) {
                long r = id(p);
                if (r != 0) {
                    to.ref(r);
                }
            }
            return;
        }
        long classId = id(b + idSize + 4);
        ClassInfo c = lastClass;
        if (c == null || c.id != classId) {
            c = classes.get(classId);
            if (c == null) {
                return;
            }
            lastClass = c; // instances of one class often come together in a dump
        }
        long data = b + idSize + 4 + idSize + 4;
        for (int off : refOffsets(c)) {
            long r = id(data + off);
            if (r != 0) {
                to.ref(r);
            }
        }
    }

    private ClassInfo lastClass;

    /** Receives references. */
    @FunctionalInterface
    interface RefSink {
        void ref(long objectId);
    }

    private int[] refOffsets(ClassInfo c) {
        int[] offs = c.refOffsets;
        if (offs == null) {
            List<Integer> list = new ArrayList<>();
            int off = 0;
            for (ClassInfo k = c; k != null; k = classes.get(k.superId)) {
                for (byte t : k.fieldTypes) {
                    if (t == OBJECT) {
                        list.add(off);
                    }
                    off += sizeOf(t);
                }
            }
            offs = list.stream().mapToInt(Integer::intValue).toArray();
            c.refOffsets = offs;
        }
        return offs;
    }

    private int sizeOf(int type) {
        try {
            return size(type);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /**
     * The value of the field {@code name} of the instance {@code objectId} (declared by its
     * class or a superclass; the nearest first), as a long (an id for a reference, 0 or 1 for
     * a boolean); {@code missing} when the object or the field is not there.
     */
    long field(long objectId, String name, long missing) {
        int slot = index.get(objectId);
        if (slot < 0 || isArray(slot)) {
            return missing;
        }
        ClassInfo c = classes.get(classOf(slot));
        if (c == null) {
            return missing;
        }
        int[] at = fieldsOf(c).get(name);
        if (at == null) {
            return missing;
        }
        long data = positions[slot] + 1 + idSize + 4 + idSize + 4 + at[0];
        return switch (at[1]) {
            case OBJECT -> id(data);
            case BOOLEAN, BYTE -> u1(data);
            case CHAR, SHORT -> u2(data);
            case INT, FLOAT -> u4(data);
            default -> u8(data);
        };
    }

    private Map<String, int[]> fieldsOf(ClassInfo c) {
        Map<String, int[]> m = c.fieldAt;
        if (m == null) {
            m = new HashMap<>();
            int off = 0;
            for (ClassInfo k = c; k != null; k = classes.get(k.superId)) {
                for (int i = 0; i < k.fieldTypes.length; i++) {
                    m.putIfAbsent(names.getOrDefault(k.fieldNameIds[i], "?"), new int[] {off, k.fieldTypes[i]});
                    off += sizeOf(k.fieldTypes[i]);
                }
            }
            c.fieldAt = m;
        }
        return m;
    }

    /**
     * True when {@code thread} runs no Java code at the dump: its stack trace there has no
     * frame (a JVM thread such as the notification thread) or a native method's innermost (a
     * thread in a native call: every reference of its Java frames is in memory); false when
     * its innermost frame is a Java method's, or the dump has no trace for it.
     */
    boolean runsNoJava(long thread) {
        Integer trace = traceOfThread.get(thread);
        if (trace == null || !tracesSeen.contains(trace)) {
            return false;
        }
        Long top = topFrameOfTrace.get(trace);
        return top == null || nativeFrames.contains(top);
    }

    /** The class named {@code name} (as Class.getName), or null. */
    ClassInfo classNamed(String name) {
        for (ClassInfo c : classes.values()) {
            if (name.equals(c.name)) {
                return c;
            }
        }
        return null;
    }

    // ---- bytes ----

    private int u1(long p) {
        return windows[(int) (p >>> WINDOW_BITS)].get((int) (p & (WINDOW - 1))) & 0xFF;
    }

    private int u2(long p) {
        return (u1(p) << 8) | u1(p + 1);
    }

    private int u4(long p) {
        int w = (int) (p >>> WINDOW_BITS);
        int o = (int) (p & (WINDOW - 1));
        if (o + 4 <= windows[w].limit()) {
            return windows[w].getInt(o); // big-endian, as HPROF
        }
        return (u1(p) << 24) | (u1(p + 1) << 16) | (u1(p + 2) << 8) | u1(p + 3);
    }

    private long u8(long p) {
        return ((long) u4(p) << 32) | Integer.toUnsignedLong(u4(p + 4));
    }

    private long id(long p) {
        return idSize == 8 ? u8(p) : Integer.toUnsignedLong(u4(p));
    }

    private byte[] bytes(long p, int n) {
        byte[] out = new byte[n];
        int w = (int) (p >>> WINDOW_BITS);
        int o = (int) (p & (WINDOW - 1));
        if (o + n <= windows[w].limit()) {
            ByteBuffer dup = windows[w].duplicate();
            dup.position(o);
            dup.get(out);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = (byte) u1(p + i);
            }
        }
        return out;
    }

    // ---- the two compact tables ----

    /** Object id -> dense slot (0, 1, 2, ... in insertion order), open addressing; ids are never 0. */
    static final class IdIndex {
        private long[] keys = new long[1 << 17];
        private int[] slots = new int[1 << 17];
        private int count;

        int add(long id) {
            if (2 * (count + 1) > keys.length) {
                grow();
            }
            int s = count++;
            insert(keys, slots, id, s);
            return s;
        }

        /** The slot of {@code id}, or -1 (also for 0, null, which is never an object). */
        int get(long id) {
            if (id == 0) {
                return -1;
            }
            int mask = keys.length - 1;
            for (int i = hash(id) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == id) {
                    return slots[i];
                }
                if (k == 0) {
                    return -1;
                }
            }
        }

        int size() {
            return count;
        }

        /** Slot -> id: the reverse table, built on each call. */
        long[] ids() {
            long[] out = new long[count];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    out[slots[i]] = keys[i];
                }
            }
            return out;
        }

        private void grow() {
            long[] nk = new long[keys.length * 2];
            int[] ns = new int[keys.length * 2];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    insert(nk, ns, keys[i], slots[i]);
                }
            }
            keys = nk;
            slots = ns;
        }

        private static void insert(long[] keys, int[] slots, long id, int s) {
            int mask = keys.length - 1;
            int i = hash(id) & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = id;
            slots[i] = s;
        }

        private static int hash(long id) {
            long h = id * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /** The roots, as three parallel growable arrays. */
    static final class Roots {
        int[] kinds = new int[1024];
        long[] ids = new long[1024];
        int[] threads = new int[1024];
        int count;

        void add(int kind, long id, int threadSerial) {
            if (count == kinds.length) {
                kinds = java.util.Arrays.copyOf(kinds, count * 2);
                ids = java.util.Arrays.copyOf(ids, count * 2);
                threads = java.util.Arrays.copyOf(threads, count * 2);
            }
            kinds[count] = kind;
            ids[count] = id;
            threads[count] = threadSerial;
            count++;
        }
    }
}
