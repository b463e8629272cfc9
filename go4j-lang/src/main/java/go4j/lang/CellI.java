package go4j.lang;

/** A variable of a int-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellI extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public int v;

    /** A cell holding the JVM zero value. */
    public CellI() {
    }

    @Override
    public int getI() {
        return v;
    }

    @Override
    public void setI(int v) {
        this.v = v;
    }
}
