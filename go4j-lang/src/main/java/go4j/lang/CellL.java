package go4j.lang;

/** A variable of a Object-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellL extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public Object v;

    /** A cell holding the JVM zero value. */
    public CellL() {
    }

    @Override
    public Object getL() {
        return v;
    }

    @Override
    public void setL(Object v) {
        this.v = v;
    }
}
