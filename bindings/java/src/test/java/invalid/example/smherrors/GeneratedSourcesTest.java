package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources (ErrorCode.java, Categories.java, one
 * {@code <Category>Exception.java} per category) against what the library's
 * registry gives now: fails when they are stale. With
 * {@code SMH_ERRORS_BLESS=1} ({@code make -C bindings/java generate}) it
 * rewrites them instead.
 */
class GeneratedSourcesTest {
    static final String HEADER = "// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.\n"
            + "// Regenerate with `make -C bindings/java generate`.\n";
    private static final Pattern IDENT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final Path SRC = Path.of("src/main/java/invalid/example/smherrors");

    /** The en-US message of a code, fit for a doc comment. */
    private static String doc(String code) {
        String m = SmhErrors.message(code, "en-US");
        return m.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;").replace("\n", " ");
    }

    /** Every generated file, by name, as it should be now. */
    static Map<String, String> render() {
        Map<String, String> out = new TreeMap<>();
        List<String> codes = SmhErrors.codes();
        List<String> categories = SmhErrors.categories();
        StringBuilder e = new StringBuilder(HEADER);
        e.append("package invalid.example.smherrors;\n\n")
                .append("import java.util.HashMap;\nimport java.util.Map;\nimport java.util.Optional;\n\n")
                .append("/**\n * Every SMH error code of the registry: {@code ErrorCode.AuthFailure_SignatureFailure.code()} is\n")
                .append(" * {@code \"AuthFailure.SignatureFailure\"} (constant names are the codes with {@code .} as {@code _},\n")
                .append(" * as in the Python package). Each constant's doc is its en-US message.\n */\n")
                .append("public enum ErrorCode {\n");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String name = code.replace('.', '_');
            if (!IDENT.matcher(name).matches()) {
                fail("code " + code + " does not make a Java identifier: the naming rule needs extending");
            }
            e.append("    /** {@code ").append(code).append("}: ").append(doc(code)).append(" */\n");
            e.append("    ").append(name).append("(\"").append(code).append("\")").append(i + 1 < codes.size() ? ",\n" : ";\n");
        }
        e.append("\n    private static final Map<String, ErrorCode> BY_CODE = new HashMap<>();\n\n")
                .append("    static {\n        for (ErrorCode c : values()) {\n            BY_CODE.put(c.code, c);\n        }\n    }\n\n")
                .append("    /** The code as the API sends it. */\n    private final String code;\n\n")
                .append("    ErrorCode(String code) {\n        this.code = code;\n    }\n\n")
                .append("    /** The code as the API sends it ({@code \"AuthFailure.SignatureFailure\"}). */\n")
                .append("    public String code() {\n        return code;\n    }\n\n")
                .append("    /** The code, as {@link #code()}. */\n    @Override\n    public String toString() {\n        return code;\n    }\n\n")
                .append("    /** The constant of a registered code; empty for any other string (and null). */\n")
                .append("    public static Optional<ErrorCode> of(String code) {\n        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));\n    }\n}\n");
        out.put("ErrorCode.java", e.toString());

        StringBuilder c = new StringBuilder(HEADER);
        c.append("package invalid.example.smherrors;\n\n")
                .append("/** Makes the exception of an error's category: one class per category of the registry. */\n")
                .append("final class Categories {\n    private Categories() {}\n\n")
                .append("    /** The exception of {@code f}'s category; a plain {@link SmhException} for a code of none. */\n")
                .append("    static SmhException create(SmhException.Fields f, Throwable cause) {\n")
                .append("        if (f.category() == null) {\n            return new SmhException(f, cause);\n        }\n")
                .append("        return switch (f.category()) {\n");
        for (String cat : categories) {
            if (!IDENT.matcher(cat).matches()) {
                fail("category " + cat + " does not make a Java identifier");
            }
            c.append("            case \"").append(cat).append("\" -> new ").append(cat).append("Exception(f, cause);\n");
            out.put(cat + "Exception.java", HEADER + "package invalid.example.smherrors;\n\n"
                    + "/** An SMH API error of the category {@code " + cat + "}: the code {@code " + cat
                    + "} or any {@code " + cat + ".*}. */\n"
                    + "public final class " + cat + "Exception extends SmhException {\n"
                    + "    private static final long serialVersionUID = 1L;\n\n"
                    + "    " + cat + "Exception(Fields f, Throwable cause) {\n        super(f, cause);\n    }\n}\n");
        }
        c.append("            default -> new SmhException(f, cause);\n        };\n    }\n}\n");
        out.put("Categories.java", c.toString());
        return out;
    }

    /** The generated files now in the source tree, by name. */
    private static Map<String, String> committed() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(SRC)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.startsWith(HEADER)) {
                    out.put(p.getFileName().toString(), text);
                }
            }
        }
        return out;
    }

    @Test
    void generatedSourcesAreCurrent() throws IOException {
        Map<String, String> want = render();
        Map<String, String> have = committed();
        if ("1".equals(System.getenv("SMH_ERRORS_BLESS"))) {
            for (String stale : have.keySet()) {
                if (!want.containsKey(stale)) {
                    Files.delete(SRC.resolve(stale));
                }
            }
            for (Map.Entry<String, String> f : want.entrySet()) {
                Files.writeString(SRC.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : want.entrySet()) {
            if (!f.getValue().equals(have.get(f.getKey()))) {
                problems.add(f.getKey() + (have.containsKey(f.getKey()) ? " differs" : " is missing"));
            }
        }
        for (String name : have.keySet()) {
            if (!want.containsKey(name)) {
                problems.add(name + " is generated but no longer wanted");
            }
        }
        assertTrue(problems.isEmpty(), "stale generated sources (run `make -C bindings/java generate`): " + problems);
    }

    @Test
    void errorCodeMatchesTheLibrary() {
        List<String> enumCodes = new ArrayList<>();
        for (ErrorCode c : ErrorCode.values()) {
            enumCodes.add(c.code());
            assertEquals(c.code().replace('.', '_'), c.name());
            assertEquals(c, ErrorCode.of(c.code()).orElseThrow());
        }
        assertEquals(SmhErrors.codes(), enumCodes);
        assertEquals(74, enumCodes.size(), "the registry has 74 codes (catalog/codes.toml)");
        assertTrue(ErrorCode.of("AuthFailure.Nope").isEmpty());
        assertTrue(ErrorCode.of(null).isEmpty());
    }
}
