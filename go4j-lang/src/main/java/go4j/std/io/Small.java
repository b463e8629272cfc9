package go4j.std.io;

import go4j.fn.M$Close$$L;
import go4j.fn.M$ReadFrom$L$A;
import go4j.fn.M$WriteString$L$A;
import go4j.fn.M$WriteTo$L$A;
import go4j.lang.GoValue;
import go4j.lang.RType;
import go4j.lang.Reader;
import go4j.lang.Slice;
import go4j.lang.SliceB;
import go4j.lang.Str;
import go4j.lang.Writer;

import java.util.List;

/**
 * io's unexported readers and writers, each a Go value of Go's type name, so that {@code %T}
 * prints what Go prints: {@code io.discard}, {@code io.nopCloser}, {@code *io.multiReader},
 * {@code *io.multiWriter}, {@code *io.teeReader}.
 */
final class Small {
    private Small() {
    }

    private static RType struct(String name) {
        return RType.named("io", name).setUnderlying(RType.struct(List.of()));
    }

    /** {@code io.Discard}: every write succeeds, nothing is kept. */
    static final class Discard implements GoValue, Writer, M$WriteString$L$A, M$ReadFrom$L$A {
        static final RType TYPE = struct("discard");
        static final Discard INSTANCE = new Discard();

        @Override
        public Object[] Write(SliceB p) {
            return new Object[] {Slice.len(p), null};
        }

        @Override
        public Object[] WriteString(Object s) {
            return new Object[] {(long) ((String) s).length(), null};
        }

        @Override
        public Object[] ReadFrom(Object r) {
            SliceB buf = SliceB.make(8192);
            long n = 0;
            for (;;) {
                Object[] res = Streams.read(r, buf);
                n += Streams.n(res);
                if (res[1] != null) {
                    return new Object[] {n, res[1] == Pkg.EOF ? null : res[1]};
                }
            }
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code io.NopCloser}'s result: the reader, and a Close that does nothing. */
    static class NopCloser implements GoValue, Reader, M$Close$$L {
        static final RType TYPE = struct("nopCloser");
        final Object r;

        NopCloser(Object r) {
            this.r = r;
        }

        @Override
        public Object[] Read(SliceB p) {
            return Streams.read(r, p);
        }

        @Override
        public Object Close() {
            return null;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** NopCloser of a reader that is a WriterTo: keeps WriteTo, as Go 1.19 does. */
    static final class NopCloserWriterTo extends NopCloser implements M$WriteTo$L$A {
        static final RType TYPE = struct("nopCloserWriterTo");

        NopCloserWriterTo(Object r) {
            super(r);
        }

        @Override
        public Object[] WriteTo(Object w) {
            return ((M$WriteTo$L$A) r).WriteTo(w);
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code *io.multiReader}. */
    static final class MultiReader implements GoValue, Reader, M$WriteTo$L$A {
        static final RType TYPE = RType.pointer(struct("multiReader"));
        Object[] readers;
        int first;

        MultiReader(Object[] readers) {
            this.readers = readers;
        }

        @Override
        public Object[] Read(SliceB p) {
            while (first < readers.length) {
                if (readers.length - first == 1 && readers[first] instanceof MultiReader m) {
                    readers = m.readers; // flatten, as Go's does
                    first = m.first;
                    continue;
                }
                Object[] res = Streams.read(readers[first], p);
                Object err = res[1];
                if (err == Pkg.EOF) {
                    readers[first] = EofReader.INSTANCE;
                    first++;
                }
                if (Streams.n(res) > 0 || err != Pkg.EOF) {
                    if (err == Pkg.EOF && first < readers.length) {
                        return new Object[] {res[0], null}; // more readers remain
                    }
                    return res;
                }
            }
            return new Object[] {0L, Pkg.EOF};
        }

        @Override
        public Object[] WriteTo(Object w) {
            return writeTo(w, SliceB.make(32 * 1024));
        }

        private Object[] writeTo(Object w, SliceB buf) {
            long sum = 0;
            for (int i = first; i < readers.length; i++) {
                Object[] res = readers[i] instanceof MultiReader m ? m.writeTo(w, buf) : Pkg.copyBuffer(w, readers[i], buf);
                sum += Streams.n(res);
                if (res[1] != null) {
                    first = i;
                    return new Object[] {sum, res[1]};
                }
            }
            first = readers.length;
            return new Object[] {sum, null};
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code io.eofReader}: what a finished reader of a MultiReader becomes. */
    static final class EofReader implements GoValue, Reader {
        static final RType TYPE = struct("eofReader");
        static final EofReader INSTANCE = new EofReader();

        @Override
        public Object[] Read(SliceB p) {
            return new Object[] {0L, Pkg.EOF};
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code *io.multiWriter}. */
    static final class MultiWriter implements GoValue, Writer, M$WriteString$L$A {
        static final RType TYPE = RType.pointer(struct("multiWriter"));
        final Object[] writers;

        MultiWriter(Object[] writers) {
            this.writers = writers;
        }

        @Override
        public Object[] Write(SliceB p) {
            for (Object w : writers) {
                Object[] res = Streams.write(w, p);
                if (res[1] != null) {
                    return res;
                }
                if (Streams.n(res) != Slice.len(p)) {
                    return new Object[] {res[0], Pkg.ErrShortWrite};
                }
            }
            return new Object[] {Slice.len(p), null};
        }

        @Override
        public Object[] WriteString(Object o) {
            String s = (String) o;
            SliceB p = null;
            for (Object w : writers) {
                Object[] res;
                if (w instanceof M$WriteString$L$A sw) {
                    res = sw.WriteString(s);
                } else {
                    if (p == null) {
                        p = Str.toBytes(s);
                    }
                    res = Streams.write(w, p);
                }
                if (res[1] != null) {
                    return res;
                }
                if (Streams.n(res) != s.length()) {
                    return new Object[] {res[0], Pkg.ErrShortWrite};
                }
            }
            return new Object[] {(long) s.length(), null};
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }

    /** {@code *io.teeReader}. */
    static final class TeeReader implements GoValue, Reader {
        static final RType TYPE = RType.pointer(struct("teeReader"));
        final Object r;
        final Object w;

        TeeReader(Object r, Object w) {
            this.r = r;
            this.w = w;
        }

        @Override
        public Object[] Read(SliceB p) {
            Object[] res = Streams.read(r, p);
            long n = Streams.n(res);
            if (n > 0) {
                Object[] wr = Streams.write(w, SliceB.slice(p, 0, n));
                if (wr[1] != null) {
                    return wr;
                }
            }
            return res;
        }

        @Override
        public RType goType() {
            return TYPE;
        }
    }
}
