package go4j.lang;

/** A variable of a long-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellJ extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public long v;

    /** A cell holding the JVM zero value. */
    public CellJ() {
    }

    @Override
    public long getJ() {
        return v;
    }

    @Override
    public void setJ(long v) {
        this.v = v;
    }
}
