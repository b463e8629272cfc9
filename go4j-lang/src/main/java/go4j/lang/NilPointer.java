package go4j.lang;

/**
 * Marks the class of a nil pointer to a struct type held in an interface ({@code T$Nil}): such
 * an interface value is not nil, its dynamic type is {@code *T}, and its methods run with a
 * nil receiver, as Go's do.
 */
public interface NilPointer {
}
