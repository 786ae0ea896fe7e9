package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Structure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structs and constants {@link SmhNative} declares by hand are the
 * header's: a C program compiled against {@code bindings/c/include/smh_errors.h}
 * prints each struct's size and field offsets and each constant's value, and
 * they are compared with JNA's layout and the Java constants. (Maven runs in
 * bindings/java; the C compiler is {@code $CC}, else {@code cc}.)
 */
class HeaderLayoutTest {
    private static final Path HEADER_DIR = Path.of("../c/include").toAbsolutePath().normalize();

    /** What the C program prints: {@code name value} lines. */
    private static Map<String, Long> fromTheHeader(Path dir, Map<String, List<String>> structs, List<String> constants)
            throws Exception {
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include \"smh_errors.h\"\n")
                .append("int main(void) {\n");
        structs.forEach((struct, fields) -> {
            c.append("    printf(\"").append(struct).append(" %zu\\n\", sizeof(").append(struct).append("));\n");
            for (String f : fields) {
                c.append("    printf(\"").append(struct).append('.').append(f).append(" %zu\\n\", offsetof(")
                        .append(struct).append(", ").append(f).append("));\n");
            }
        });
        for (String k : constants) {
            c.append("    printf(\"").append(k).append(" %ld\\n\", (long)").append(k).append(");\n");
        }
        c.append("    return 0;\n}\n");
        Path src = dir.resolve("layout.c");
        Path exe = dir.resolve("layout");
        Files.writeString(src, c.toString());
        String cc = System.getenv().getOrDefault("CC", "cc");
        run(List.of(cc, "-std=c11", "-I" + HEADER_DIR, src.toString(), "-o", exe.toString()));
        Map<String, Long> out = new HashMap<>();
        for (String line : run(List.of(exe.toString())).split("\n")) {
            String[] kv = line.trim().split(" ");
            out.put(kv[0], Long.parseLong(kv[1]));
        }
        return out;
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd) + " did not stop");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out;
    }

    @Test
    void structsAndConstantsAreTheHeaders(@TempDir Path dir) throws Exception {
        SmhNative.LookupResult result = new SmhNative.LookupResult();
        SmhNative.TableEntry entry = new SmhNative.TableEntry();
        SmhNative.LocaleTable table = new SmhNative.LocaleTable();
        Map<String, Structure> jna = Map.of("smh_errors_lookup_result", result, "smh_errors_entry", entry,
                "smh_errors_locale_table", table);
        Map<String, List<String>> structs = Map.of("smh_errors_lookup_result", result.fields(), "smh_errors_entry",
                entry.fields(), "smh_errors_locale_table", table.fields());
        Map<String, Integer> constants = new HashMap<>(Map.of(
                "SMH_ERRORS_RESOLUTION_EXACT", SmhNative.RESOLUTION_EXACT,
                "SMH_ERRORS_RESOLUTION_PARENT", SmhNative.RESOLUTION_PARENT,
                "SMH_ERRORS_KIND_COMMON", SmhNative.KIND_COMMON,
                "SMH_ERRORS_KIND_BUSINESS", SmhNative.KIND_BUSINESS,
                "SMH_ERRORS_OUTCOME_SUCCESS", SmhNative.OUTCOME_SUCCESS,
                "SMH_ERRORS_OUTCOME_ERROR", SmhNative.OUTCOME_ERROR,
                "SMH_ERRORS_STATUS_OK", SmhNative.STATUS_OK));
        // Each parse-error kind's value is its ordinal plus one (ParseErrorKind.ofNative).
        for (ParseErrorKind k : ParseErrorKind.values()) {
            if (k != ParseErrorKind.OTHER) {
                constants.put("SMH_ERRORS_PARSE_ERROR_KIND_" + k.name(), k.ordinal() + 1);
            }
        }
        Map<String, Long> header = fromTheHeader(dir, structs, new ArrayList<>(constants.keySet()));
        jna.forEach((name, s) -> {
            assertEquals(header.get(name).intValue(), s.size(), name + ": size");
            for (String f : structs.get(name)) {
                int offset = name.equals("smh_errors_lookup_result") ? result.offsetOf(f)
                        : name.equals("smh_errors_entry") ? entry.offsetOf(f) : table.offsetOf(f);
                assertEquals(header.get(name + "." + f).intValue(), offset, name + "." + f + ": offset");
            }
        });
        constants.forEach((k, v) -> assertEquals(header.get(k).intValue(), v.intValue(), k));
    }
}
