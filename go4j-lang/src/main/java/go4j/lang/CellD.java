package go4j.lang;

/** A variable of a double-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellD extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public double v;

    /** A cell holding the JVM zero value. */
    public CellD() {
    }

    @Override
    public double getD() {
        return v;
    }

    @Override
    public void setD(double v) {
        this.v = v;
    }
}
