package go4j.lang;

/** A variable of a boolean-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellZ extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public boolean v;

    /** A cell holding the JVM zero value. */
    public CellZ() {
    }

    @Override
    public boolean getZ() {
        return v;
    }

    @Override
    public void setZ(boolean v) {
        this.v = v;
    }
}
