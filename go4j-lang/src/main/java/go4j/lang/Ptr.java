package go4j.lang;

/**
 * A Go pointer to a value that is not a struct ({@code *int}, {@code *string}, {@code
 * *[]T}): to a variable's cell, an element, or a field. A pointer to a struct is the
 * struct's object itself (docs/compiler.md), never a Ptr.
 *
 * <p>Each accessor reads or writes the pointee as one JVM kind; a pointer is only used with
 * the kind of its Go element type, so the others keep their failing default.
 */
public abstract class Ptr {
    /** For subclasses. */
    protected Ptr() {
    }

    private static UnsupportedOperationException kind() {
        return new UnsupportedOperationException("pointer used with another kind");
    }

    /** @return the pointee, a long-held Go value */
    public long getJ() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setJ(long v) {
        throw kind();
    }

    /** @return the pointee, an int-held Go value */
    public int getI() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setI(int v) {
        throw kind();
    }

    /** @return the pointee, a float64 */
    public double getD() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setD(double v) {
        throw kind();
    }

    /** @return the pointee, a float32 */
    public float getF() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setF(float v) {
        throw kind();
    }

    /** @return the pointee, a bool */
    public boolean getZ() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setZ(boolean v) {
        throw kind();
    }

    /** @return the pointee, a reference-held Go value */
    public Object getL() {
        throw kind();
    }

    /** @param v the new pointee */
    public void setL(Object v) {
        throw kind();
    }
}
