package go4j.fn;

/** A compiled {@code func(a, b, c) R} value of reference kinds ({@code filepath.WalkFunc}, {@code fs.WalkDirFunc}). */
@FunctionalInterface
public interface F$LLL$L {
    /**
     * @param a the first argument
     * @param b the second
     * @param c the third
     * @return the result
     */
    Object call(Object a, Object b, Object c);
}
