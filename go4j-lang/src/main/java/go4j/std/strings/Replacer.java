package go4j.std.strings;

import go4j.lang.GoValue;
import go4j.lang.RType;

import java.util.List;

/**
 * Go's {@code strings.Replacer}, a standard struct type (docs/compiler.md) made by
 * {@link Pkg#NewReplacer}. At each position of the input the first pair, in argument order,
 * whose old string starts there wins; an empty old string matches at every position but not
 * twice in a row at the same one, so {@code NewReplacer("", "X").Replace("ab")} is
 * {@code "XaXbX"}; positions are bytes, as in Go, so an empty old string matches inside a
 * multi-byte rune too. Immutable, so copies may share the pairs.
 *
 * <pre>{@code
 * Pkg.NewReplacer(SliceL.of("<", "&lt;", ">", "&gt;")).Replace("<b>"); // "&lt;b&gt;"
 * }</pre>
 */
public final class Replacer implements GoValue {
    /** {@code *strings.Replacer}. */
    public static final RType TYPE = RType.pointer(RType.named("strings", "Replacer")
            .setUnderlying(RType.struct(List.of())));

    /** old, new, old, new, ... */
    private String[] pairs;

    /** The zero Replacer, which replaces nothing. */
    public Replacer() {
        this(new String[0]);
    }

    Replacer(String[] pairs) {
        this.pairs = pairs;
    }

    /** @return a Replacer of the same pairs */
    public Replacer $copy() {
        return new Replacer(pairs);
    }

    /** @param other the Replacer whose pairs this one takes */
    public void $set(Replacer other) {
        pairs = other.pairs;
    }

    /**
     * @param s a Go string
     * @return s with the replacements done
     */
    public String Replace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevEmpty = false;
        int i = 0;
        while (i <= s.length()) {
            int match = -1;
            for (int k = 0; k < pairs.length; k += 2) {
                String old = pairs[k];
                if (old.isEmpty() ? !prevEmpty : s.startsWith(old, i)) {
                    match = k;
                    break;
                }
            }
            if (match >= 0) {
                sb.append(pairs[match + 1]);
                i += pairs[match].length();
                prevEmpty = pairs[match].isEmpty();
                continue;
            }
            prevEmpty = false;
            if (i < s.length()) {
                sb.append(s.charAt(i));
            }
            i++;
        }
        return sb.toString();
    }

    @Override
    public RType goType() {
        return TYPE;
    }
}
