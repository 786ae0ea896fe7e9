package invalid.example.smherrors;

import static invalid.example.smherrors.Diffs.check;
import static invalid.example.smherrors.Diffs.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every case of tests/vectors/*.json, through the global catalog (when the
 * environment names no overlay) and a builtin one, every field compared,
 * all failures of a file reported together (as bindings/go/vectors_test.go).
 */
class VectorsTest {
    private static SmhCatalog builtin;

    @BeforeAll
    static void open() {
        builtin = SmhCatalog.open();
    }

    @AfterAll
    static void close() {
        builtin.close();
    }

    /** The catalogs every case runs through. */
    private static Map<String, SmhCatalog> catalogs() {
        Map<String, SmhCatalog> m = new LinkedHashMap<>();
        m.put("builtin", builtin);
        if (System.getenv("SMH_ERRORS_CATALOG_DIR") == null) {
            m.put("global", SmhCatalog.global());
        }
        return m;
    }

    private static JsonArray cases(String name) throws IOException {
        JsonObject f = JsonParser.parseString(Files.readString(Fixtures.vectors().resolve(name), StandardCharsets.UTF_8))
                .getAsJsonObject();
        JsonArray cases = f.getAsJsonArray("cases");
        assertTrue(cases.size() > 0, name + ": no cases");
        assertEquals(f.get("count").getAsInt(), cases.size(), name + ": count");
        return cases;
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** The fields of {@code got} that differ from the expected lookup {@code want}. */
    private static List<String> diff(Entry got, JsonObject want) {
        List<String> d = new ArrayList<>();
        check(d, "message", got.message(), str(want, "message"));
        check(d, "locale", got.locale(), str(want, "locale"));
        check(d, "resolution", got.resolution().id(), str(want, "resolution"));
        check(d, "matched", got.matched(), str(want, "matched"));
        check(d, "kind", got.kind() == null ? null : got.kind().id(), str(want, "kind"));
        check(d, "status", got.status() == null ? null : got.status().id(), str(want, "status"));
        check(d, "doc_url", got.docUrl(), str(want, "doc_url"));
        if (got.retryable() != want.get("retryable").getAsBoolean()) {
            d.add("retryable: got " + got.retryable());
        }
        return d;
    }

    /** Collects failures as "file case i (name): problems". */
    private static void add(List<String> failures, String file, int i, String name, List<String> problems) {
        if (!problems.isEmpty()) {
            failures.add(file + " case " + i + " (" + name + "): " + String.join("; ", problems));
        }
    }

    private static void report(String file, int count, List<String> failures) {
        System.out.println(file + ": " + count + " cases, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void vectorFilesAreKnown() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.vectors())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().forEach(names::add);
        }
        assertEquals(List.of("lookup.json", "negotiate.json", "responses.json"), names,
                "a vector file this runner does not run");
    }

    @Test
    void lookup() throws IOException {
        JsonArray cases = cases("lookup.json");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, SmhCatalog> cat : catalogs().entrySet()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i).getAsJsonObject();
                String code = c.get("code").getAsString();
                String locale = c.get("locale").getAsString();
                JsonObject want = c.getAsJsonObject("expect");
                List<String> p = new ArrayList<>();
                // Twice through the kept answers (the first may fill them), once from the library.
                Entry[] passes = {cat.getValue().lookup(code, locale), cat.getValue().lookup(code, locale),
                    cat.getValue().ask(code, locale)};
                for (int pass = 0; pass < passes.length; pass++) {
                    for (String d : diff(passes[pass], want)) {
                        p.add("pass " + pass + ": " + d);
                    }
                    check(p, "code", passes[pass].code(), code);
                }
                check(p, "message()", cat.getValue().message(code, locale), str(want, "message"));
                add(failures, "lookup.json/" + cat.getKey(), i, quote(code) + " in " + quote(locale), p);
            }
        }
        report("lookup.json", cases.size(), failures);
    }

    @Test
    void negotiate() throws IOException {
        JsonArray cases = cases("negotiate.json");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, SmhCatalog> cat : catalogs().entrySet()) {
            for (int i = 0; i < cases.size(); i++) {
                JsonObject c = cases.get(i).getAsJsonObject();
                String requested = c.get("requested").getAsString();
                List<String> p = new ArrayList<>();
                for (int pass = 0; pass < 2; pass++) {
                    check(p, "pass " + pass, cat.getValue().negotiate(requested), c.get("expect").getAsString());
                }
                add(failures, "negotiate.json/" + cat.getKey(), i, quote(requested), p);
            }
        }
        report("negotiate.json", cases.size(), failures);
    }

    /** A case's body: body, body_hex or body_repeat. */
    static byte[] body(JsonObject c) {
        if (c.has("body")) {
            return c.get("body").getAsString().getBytes(StandardCharsets.UTF_8);
        }
        if (c.has("body_hex")) {
            return HexFormat.of().parseHex(c.get("body_hex").getAsString());
        }
        JsonObject r = c.getAsJsonObject("body_repeat");
        String s = r.get("head").getAsString() + r.get("unit").getAsString().repeat(r.get("times").getAsInt())
                + r.get("tail").getAsString();
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void responses() throws IOException {
        JsonArray cases = cases("responses.json");
        List<String> failures = new ArrayList<>();
        boolean global = System.getenv("SMH_ERRORS_CATALOG_DIR") == null;
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = cases.get(i).getAsJsonObject();
            JsonObject want = c.getAsJsonObject("expect");
            String locale = c.get("locale").getAsString();
            byte[] body = body(c);
            List<String> p = new ArrayList<>();
            String outcome = want.get("outcome").getAsString();
            try {
                SmhResponse r = SmhErrors.readResponse(body);
                if (outcome.equals("error")) {
                    SmhException e = r.error();
                    if (e == null) {
                        p.add("want an API error, got success");
                    } else {
                        check(p, "code", e.code(), str(want, "code"));
                        check(p, "server_message", e.serverMessage(), str(want, "server_message"));
                        check(p, "request_id", e.requestId(), str(want, "request_id"));
                        check(p, "response request_id", r.requestId(), str(want, "request_id"));
                        if (e.retryable() != want.get("retryable").getAsBoolean()) {
                            p.add("retryable(): got " + e.retryable());
                        }
                        p.addAll(diff(builtin.lookup(e.code(), locale), want));
                        if (global) {
                            check(p, "localized", e.localized(locale), str(want, "message"));
                        }
                        JsonElement d = want.get("detail");
                        String wantDetail = d == null || d.isJsonNull() ? null : d.getAsJsonObject().get("message").getAsString();
                        check(p, "detail", builtin.detail(e.code(), e.serverMessage(), locale).orElse(null), wantDetail);
                        if (global) {
                            check(p, "SmhException.detail", e.detail(locale).orElse(null), wantDetail);
                        }
                        SmhException again = SmhErrors.parseResponse(body).orElse(null);
                        if (again == null || again.getClass() != e.getClass() || !again.code().equals(e.code())) {
                            p.add("parseResponse and readResponse disagree");
                        }
                        check(p, "category", e.category().orElse(null), SmhErrors.exception(e.code(), null, null).category().orElse(null));
                    }
                } else if (outcome.equals("success")) {
                    if (!r.isSuccess() || SmhErrors.parseResponse(body).isPresent()) {
                        p.add("want success, got " + r.error());
                    }
                    check(p, "request_id", r.requestId(), str(want, "request_id"));
                } else {
                    p.add("want a parse error (" + str(want, "error_kind") + "), got " + r);
                }
            } catch (SmhParseException e) {
                if (!outcome.equals("invalid")) {
                    p.add("unexpected parse error: " + e.getMessage());
                } else {
                    check(p, "error_kind", e.kind().id(), str(want, "error_kind"));
                    if (e.getMessage().length() <= "smh-errors: ".length()) {
                        p.add("no detail");
                    }
                }
            }
            add(failures, "responses.json", i, str(c, "name"), p);
        }
        report("responses.json", cases.size(), failures);
    }
}
