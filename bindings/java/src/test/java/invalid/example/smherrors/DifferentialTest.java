package invalid.example.smherrors;

import static invalid.example.smherrors.Diffs.check;
import static invalid.example.smherrors.Diffs.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The differential run (tests/differential/README.md): every question of the
 * Rust core's file, answered again through this package and compared field
 * by field, as the C, Go and Python suites do. {@code make -C bindings/java
 * test} writes the file first and names it in SMH_ERRORS_DIFFERENTIAL.
 */
class DifferentialTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The file: SMH_ERRORS_DIFFERENTIAL, else target/differential/cases.jsonl of the repository. */
    private static Path file() {
        String env = System.getenv("SMH_ERRORS_DIFFERENTIAL");
        return env != null && !env.isEmpty() ? Path.of(env) : Fixtures.root().resolve("target/differential/cases.jsonl");
    }

    /** A field's bytes as text (the file's strings are hex); null stays null. */
    private static String text(JsonObject c, String key) {
        JsonElement e = c.get(key);
        return e == null || e.isJsonNull() ? null : new String(HEX.parseHex(e.getAsString()), StandardCharsets.UTF_8);
    }

    /**
     * A question's bytes as a Java string: each byte that is not part of
     * valid UTF-8 as one U+FFFD, which is what the file's {@code text_}
     * answers are for (a String cannot hold such bytes).
     */
    static String bytesAsString(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 1);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put('\uFFFD');
                }
                in.position(in.position() + r.length());
            } else {
                break;
            }
        }
        d.flush(out);
        return out.flip().toString();
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The fields of an answer that differ from the case's (prefix "" or "text_"). */
    private static void compare(List<String> d, Entry e, JsonObject c, String prefix) {
        check(d, "message", e.message(), text(c, prefix + "message"));
        check(d, "locale", e.locale(), text(c, prefix + "locale"));
        check(d, "resolution", e.resolution().id(), text(c, prefix + "resolution"));
        check(d, "matched", e.matched(), text(c, prefix + "matched"));
        check(d, "kind", e.kind() == null ? null : e.kind().id(), text(c, prefix + "kind"));
        check(d, "doc_url", e.docUrl(), text(c, prefix + "doc_url"));
        check(d, "retryable", e.retryable(), c.get(prefix + "retryable").getAsBoolean());
    }

    @Test
    void everyBindingGivesTheCoresAnswer() throws IOException {
        Path path = file();
        assertTrue(Files.isRegularFile(path), path + ": `make -C bindings/java test` writes it");
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        int bad = 0;
        try (SmhCatalog builtin = SmhCatalog.open();
                BufferedReader r = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonObject c = JsonParser.parseString(line).getAsJsonObject();
                total++;
                List<String> d = new ArrayList<>();
                String question;
                String op = c.get("op").getAsString();
                if (op.equals("lookup")) {
                    byte[] codeBytes = HEX.parseHex(c.get("in_code").getAsString());
                    byte[] localeBytes = HEX.parseHex(c.get("in_locale").getAsString());
                    String code = bytesAsString(codeBytes);
                    String locale = bytesAsString(localeBytes);
                    question = "lookup " + quote(code) + " in " + quote(locale);
                    // A question that is not UTF-8 is answered as the text a
                    // String can hold: the core's answer for it is under text_.
                    boolean asText = !isUtf8(codeBytes) || !isUtf8(localeBytes);
                    if (asText != c.has("text_message")) {
                        d.add("the file has text_ answers exactly for questions that are not UTF-8");
                    }
                    String prefix = asText ? "text_" : "";
                    compare(d, builtin.lookup(code, locale), c, prefix);
                    check(d, "message()", builtin.message(code, locale), text(c, prefix + "message"));
                } else if (op.equals("response")) {
                    byte[] body = HEX.parseHex(c.get("in_body").getAsString());
                    String locale = text(c, "in_locale");
                    question = "response of " + body.length + " bytes in " + quote(locale);
                    String outcome;
                    SmhResponse resp = null;
                    try {
                        resp = SmhErrors.readResponse(body);
                        outcome = resp.isSuccess() ? "success" : "error";
                    } catch (SmhParseException e) {
                        outcome = "invalid";
                        check(d, "error_kind", e.kind().id(), text(c, "error_kind"));
                    }
                    String want = text(c, "outcome");
                    check(d, "outcome", outcome, want);
                    if (resp != null && outcome.equals(want)) {
                        check(d, "request_id", resp.requestId(), text(c, "request_id"));
                        SmhException e = resp.error();
                        if (e != null) {
                            check(d, "code", e.code(), text(c, "code"));
                            check(d, "server_message", e.serverMessage(), text(c, "server_message"));
                            check(d, "error request_id", e.requestId(), text(c, "request_id"));
                            check(d, "retryable()", e.retryable(), c.get("retryable").getAsBoolean());
                            compare(d, builtin.lookup(e.code(), locale), c, "");
                            check(d, "localized()", e.localized(locale), text(c, "message"));
                        }
                    }
                } else {
                    throw new AssertionError("line " + total + ": unknown op " + op);
                }
                if (!d.isEmpty()) {
                    bad++;
                    if (mismatches.size() < 20) {
                        mismatches.add("case " + c.get("n") + ", " + question + ":\n    " + String.join("\n    ", d));
                    }
                }
            }
        }
        System.out.println("differential: " + total + " cases, " + bad + " differ from the Rust core");
        assertTrue(total >= 1000, "only " + total + " cases in " + path);
        assertTrue(bad == 0, bad + " of " + total + " cases differ from the Rust core; the first:\n  "
                + String.join("\n  ", mismatches));
    }

    @Test
    void bytesThatAreNotUtf8AreOneReplacementCharacterEach() {
        byte[] b = {'a', (byte) 0xE2, (byte) 0x82, 'b', (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC3, (byte) 0xA9};
        assertEquals("a\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFD\uFFFDé", bytesAsString(b));
    }
}
