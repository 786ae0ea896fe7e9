package invalid.example.smherrors;

import java.util.List;
import java.util.Objects;

/** How the vector and differential runners note a field that differs. */
final class Diffs {
    private Diffs() {}

    /** Adds "field: got …, want …" to {@code d} when the two differ. */
    static void check(List<String> d, String field, Object got, Object want) {
        if (!Objects.equals(got, want)) {
            d.add(field + ": got " + quote(got) + ", want " + quote(want));
        }
    }

    /** {@code o} in quotes, or null. */
    static String quote(Object o) {
        return o == null ? "null" : "\"" + o + "\"";
    }
}
