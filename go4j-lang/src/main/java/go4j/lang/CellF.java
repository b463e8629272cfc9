package go4j.lang;

/** A variable of a float-held Go type that lives on the heap: captured by a closure or addressed. */
public final class CellF extends Ptr {
    /** The variable's value; generated code reads and writes it directly. */
    public float v;

    /** A cell holding the JVM zero value. */
    public CellF() {
    }

    @Override
    public float getF() {
        return v;
    }

    @Override
    public void setF(float v) {
        this.v = v;
    }
}
