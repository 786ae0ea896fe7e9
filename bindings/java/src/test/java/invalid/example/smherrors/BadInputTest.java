package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Null, huge, NUL-holding and malformed input: a defined answer or a clear exception, never a crash. */
class BadInputTest {
    private static final int MIB = 1 << 20;

    @Test
    void nullsAreClearErrors() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> SmhErrors.message((String) null, "en"));
        assertEquals("code", e.getMessage());
        assertThrows(NullPointerException.class, () -> SmhErrors.message((ErrorCode) null, "en"));
        assertThrows(NullPointerException.class, () -> SmhErrors.lookup((String) null, "en"));
        assertThrows(NullPointerException.class, () -> SmhErrors.parseResponse((byte[]) null));
        assertThrows(NullPointerException.class, () -> SmhErrors.parseResponse((String) null));
        assertThrows(NullPointerException.class, () -> SmhErrors.exception(null, null, null));
        assertThrows(NullPointerException.class, () -> SmhCatalog.open((java.nio.file.Path) null));
    }

    @Test
    void hugeStringsAreAnswered() {
        String code = "InvalidParameterValue." + "x".repeat(4 * MIB);
        String locale = "zh-CN;q=0.9, " + "y".repeat(4 * MIB);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Entry e = SmhErrors.lookup(code, "zh-CN");
            assertEquals(Resolution.PARENT, e.resolution());
            assertEquals("InvalidParameterValue", e.matched());
            Entry g = SmhErrors.lookup("z".repeat(4 * MIB), "en-US");
            assertEquals(Resolution.GENERIC, g.resolution());
            assertTrue(g.message().length() < 4096, "the generic message does not show a 4 MiB code whole");
            assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN"), SmhErrors.message("AuthFailure.SignatureFailure", locale),
                    "the garbage range is skipped, zh-CN answers");
            SmhErrors.negotiate(locale);
            SmhErrors.exception(code, code, code);
        });
    }

    @Test
    void nulCharactersArePartOfTheString() {
        assertEquals(Resolution.GENERIC, SmhErrors.lookup("Auth\0Failure", "en-US").resolution());
        Entry e = SmhErrors.lookup("InvalidParameterValue.\0x", "en-US");
        assertEquals(Resolution.PARENT, e.resolution());
        assertEquals("en-US", SmhErrors.negotiate("zh\0CN"), "a NUL makes the locale garbage, not \"zh\"");
        assertEquals("en-US", SmhErrors.negotiate(""));
        assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "en-US"), SmhErrors.message("AuthFailure.SignatureFailure", ""),
                "\"\" is en-US, not the default locale");
    }

    @Test
    void loneSurrogatesAndGarbage() {
        assertEquals(Resolution.GENERIC, SmhErrors.lookup("\uD800", "en-US").resolution());
        // An unpaired surrogate is U+FFFD, as in Python: not "?", which is
        // printable and would put the code in the text.
        assertEquals(SmhErrors.message("Foo\uFFFD", "en-US"), SmhErrors.message("Foo\uD800", "en-US"));
        assertEquals(SmhErrors.message("Nope.X\uFFFD", "en-US"), SmhErrors.message("Nope.X\uDFFF", "en-US"));
        assertFalse(SmhErrors.message("Foo\uD800", "en-US").contains("Foo"), "an unpaired surrogate makes the code unfit to show");
        assertEquals(Resolution.PARENT, SmhErrors.lookup("InvalidParameterValue.\uD800", "en-US").resolution());
        assertEquals("\uFFFD", SmhErrors.readResponse("{\"Response\":{\"Error\":{\"Code\":\"\uD800\"},\"RequestId\":\"r\"}}")
                .error().code());
        // A pair stays a pair.
        assertEquals(SmhErrors.message("Foo\uD83D\uDE00", "en-US"), SmhErrors.message("Foo😀", "en-US"));
        assertEquals("en-US", SmhErrors.negotiate("\uDFFF\uD800"));
        assertEquals("en-US", SmhErrors.negotiate("C"));
        assertEquals("en-US", SmhErrors.negotiate("*;q=x,,,;;"));
    }

    @Test
    void malformedBodies() {
        String[][] bodies = {
            {"", "syntax"},
            {"   ", "syntax"},
            {"{", "syntax"},
            {"[1,2]", "not_an_object"},
            {"{\"foo\":1}", "unknown_shape"},
            {"{\"Response\":{\"Error\":{\"Code\":7}}}", "wrong_type"},
            {"{\"Response\":{\"Error\":{\"Message\":\"m\"}}}", "missing_field"},
        };
        for (String[] b : bodies) {
            SmhParseException e = assertThrows(SmhParseException.class, () -> SmhErrors.parseResponse(b[0]), b[0]);
            assertEquals(b[1], e.kind().id(), b[0] + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith("smh-errors: ") && e.getMessage().length() > 15, e.getMessage());
        }
        byte[] notUtf8 = {'{', '"', (byte) 0xff, '"', ':', '1', '}'};
        assertEquals(ParseErrorKind.INVALID_UTF8, assertThrows(SmhParseException.class, () -> SmhErrors.parseResponse(notUtf8)).kind());
        byte[] large = new byte[2 * MIB];
        java.util.Arrays.fill(large, (byte) ' ');
        assertEquals(ParseErrorKind.TOO_LARGE, assertThrows(SmhParseException.class, () -> SmhErrors.parseResponse(large)).kind());
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(ParseErrorKind.TOO_DEEP, assertThrows(SmhParseException.class, () -> SmhErrors.parseResponse(deep)).kind());
        String nul = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"a\\u0000b\"},\"RequestId\":\"r\"}}";
        assertEquals("a\0b", SmhErrors.parseResponse(nul.getBytes(StandardCharsets.UTF_8)).orElseThrow().serverMessage());
    }

    @Test
    void manyLocaleStringsKeepMemoryBounded() {
        // More distinct locale strings than are kept: every one still answered.
        for (int i = 0; i < SmhCatalog.MAX_TABLES * 3; i++) {
            assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN"),
                    SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN, en;q=0." + i));
        }
    }
}
