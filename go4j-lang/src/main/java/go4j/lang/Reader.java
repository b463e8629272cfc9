package go4j.lang;

import go4j.fn.M$Read$L$A;

/**
 * Go's {@code io.Reader} written in Java, the counterpart of {@link Writer}:
 * {@code Read(p []byte) (n int, err error)}, whose two results are an {@code Object[]}
 * {@code {Long n, Object err}} as the standard-package convention returns several results.
 * Compiled code calls a Java reader's {@code Read} directly, with a {@link SliceB}, when its
 * static type is the standard struct ({@code *strings.Reader}), and through the method
 * interface {@link M$Read$L$A}, whose parameter is erased to Object, when it is an
 * {@code io.Reader}: this interface makes one method serve both.
 *
 * <pre>{@code
 * Object[] r = reader.Read(SliceB.make(512));   // {Long n, err}: err is io.EOF at the end
 * }</pre>
 */
@FunctionalInterface
public interface Reader extends M$Read$L$A {
    /**
     * Reads up to {@code len(p)} bytes into {@code p}.
     *
     * @param p the buffer, a nil slice reads nothing
     * @return {@code {Long n, Object err}}: the bytes read and the error (null for none,
     *     {@code io.EOF} at the end)
     */
    Object[] Read(SliceB p);

    /** The call through Go's {@code io.Reader}: {@code p} is a {@code []byte}. */
    @Override
    default Object[] Read(Object p) {
        return Read((SliceB) p);
    }
}
