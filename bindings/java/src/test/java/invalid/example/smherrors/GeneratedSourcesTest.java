package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated sources (ErrorCode.java, Categories.java, one
 * {@code <Category>Exception.java} per category, written by
 * {@code smh-errors generate}; the Rust suite fails when they are stale)
 * against the registry of the library they are loaded with.
 */
class GeneratedSourcesTest {
    @Test
    void errorCodeMatchesTheLibrary() {
        List<String> enumCodes = new ArrayList<>();
        for (ErrorCode c : ErrorCode.values()) {
            enumCodes.add(c.code());
            assertEquals(c, ErrorCode.of(c.code()).orElseThrow());
            assertEquals(c.code(), c.toString());
        }
        assertEquals(SmhErrors.codes(), enumCodes);
        assertEquals(99, enumCodes.size(), "the registry has 99 codes (catalog/codes.toml)");
        assertTrue(ErrorCode.of("AuthFailure.Nope").isEmpty());
        assertTrue(ErrorCode.of(null).isEmpty());
    }

    @Test
    void everyCategoryOfTheLibraryHasItsException() throws ClassNotFoundException {
        List<String> categories = SmhErrors.categories();
        assertEquals(29, categories.size(), "the registry's top-level categories");
        for (String cat : categories) {
            Class<?> cls = Class.forName("invalid.example.smherrors." + cat + "Exception");
            assertTrue(SmhException.class.isAssignableFrom(cls), cat);
            SmhException e = Categories.create(new SmhException.Fields(cat + ".X", "m", "r", cat, false), null);
            assertSame(cls, e.getClass(), cat);
        }
        SmhException plain = Categories.create(new SmhException.Fields("Nope.X", "m", "r", null, false), null);
        assertSame(SmhException.class, plain.getClass());
        SmhException unknown = Categories.create(new SmhException.Fields("Nope.X", "m", "r", "Nope", false), null);
        assertSame(SmhException.class, unknown.getClass());
    }
}
