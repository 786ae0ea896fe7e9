package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The API's shape: Locale objects, ErrorCode, exceptions per category, overlays, close. */
class ApiTest {
    @Test
    void localeObjectsAreTheirTags() {
        assertEquals(SmhErrors.message("ResourceNotFound.Library", "zh-CN"),
                SmhErrors.message("ResourceNotFound.Library", Locale.SIMPLIFIED_CHINESE));
        assertEquals("zh-CN", SmhErrors.negotiate(Locale.TRADITIONAL_CHINESE));
        assertEquals("zh-CN", SmhErrors.negotiate(Locale.forLanguageTag("zh-Hant-TW")));
        assertEquals("en-US", SmhErrors.negotiate(Locale.UK));
        assertEquals("en-US", SmhErrors.negotiate(Locale.ROOT));
        assertEquals("en-US", SmhErrors.negotiate(Locale.JAPAN));
        assertEquals(SmhErrors.lookup("AuthFailure", "zh-CN"), SmhErrors.lookup("AuthFailure", Locale.CHINA));
    }

    /** No locale (null, or a call without one) is the environment's, then en-US: checked in JVMs of their own. */
    @Test
    void noLocaleIsTheEnvironments() throws Exception {
        assertEquals(SmhErrors.defaultLocale(), SmhErrors.negotiate((String) null));
        assertEquals("en-US", SmhErrors.negotiate(""), "\"\" is a locale (garbage: en-US), not none");
        String[][] cases = {{"LANG", "zh_CN.UTF-8", "zh-CN"}, {"SMH_ERRORS_LOCALE", "en", "en-US"}, {"LC_ALL", "C", "en-US"}};
        for (String[] c : cases) {
            ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    NoLocaleMain.class.getName(), c[2]).redirectErrorStream(true);
            for (String v : new String[] {"SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "SMH_ERRORS_CATALOG_DIR"}) {
                pb.environment().remove(v);
            }
            pb.environment().put(c[0], c[1]);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the JVM did not stop");
            assertEquals(0, p.exitValue(), c[0] + "=" + c[1] + ": " + out);
        }
    }

    @Test
    void explainIsWhatParsePrints() {
        SmhException e = SmhErrors.exception("InvalidParameter", "Parameter `LibraryId` format invalid.", "r-1");
        assertEquals("InvalidParameter [en-US, exact, common, not retryable]\n"
                + "  A parameter is invalid (for example, its format or type is wrong).\n"
                + "  detail: The parameter LibraryId has an invalid format.\n"
                + "  server: Parameter `LibraryId` format invalid.\n"
                + "  request id: r-1", e.explain("en"));
        assertEquals("Nope\\n [en-US, unknown code]\n  The request failed for an unknown reason.",
                SmhErrors.exception("Nope\n", null, null).explain(Locale.US));
    }

    @Test
    void checkResponseTakesText() {
        assertEquals("r", SmhErrors.checkResponse("{\"Response\":{\"RequestId\":\"r\"}}"));
        AuthFailureException e = assertThrows(AuthFailureException.class,
                () -> SmhErrors.checkResponse("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\"}}}"));
        assertEquals("AuthFailure", e.code());
    }

    /** Parent codes are answered from the kept table by the library's parent rule, as the library answers them. */
    @Test
    void parentCodesFromTheTable() {
        String[] codes = {"InvalidParameterValue.Foo", "InvalidParameterValue.Foo.Bar", "InvalidParameterValue.",
            "ResourceNotFound.Library.x", "InvalidParameterValue.\uD800", "InvalidParameterValue.é",
            "InvalidParameterValue." + "x.".repeat(100), "Invalid.Foo", ".InvalidParameterValue",
            "a.".repeat(40) + "InvalidParameterValue.x", "AuthFailure.SignatureFailure.x"};
        for (String code : codes) {
            for (String loc : new String[] {"zh-CN", "en", null}) {
                assertEquals(SmhCatalog.global().ask(code, loc), SmhErrors.lookup(code, loc), code + " in " + loc);
                assertEquals(SmhCatalog.global().ask(code, loc).message(), SmhErrors.message(code, loc), code);
            }
        }
    }

    @Test
    void detailOfTheServerMessage() {
        SmhException e = SmhErrors.exception("InvalidParameter", "Parameter `LibraryId` format invalid.", "r");
        assertEquals("参数 LibraryId 的格式无效。", e.detail(Locale.SIMPLIFIED_CHINESE).orElseThrow());
        assertEquals("The parameter LibraryId has an invalid format.", e.detail("en").orElseThrow());
        SmhException hostile = SmhErrors.exception("InvalidParameter", "Parameter `a\u001b[2J\u0000` format invalid.", null);
        assertEquals("The parameter a\\u{1b}[2J\\u{0} has an invalid format.", hostile.detail("en-US").orElseThrow());
        assertTrue(SmhErrors.exception("InvalidParameter", null, null).detail("zh-CN").isEmpty());
        assertTrue(SmhErrors.exception("InvalidParameter", "Parameter `` format invalid.", null).detail("zh-CN").isEmpty());
        assertTrue(SmhErrors.exception("InternalError", "Parameter `x` format invalid.", null).detail("zh-CN").isEmpty());
        assertThrows(NullPointerException.class, () -> SmhCatalog.global().detail(null, "m", "en"));
    }

    @Test
    void errorCodeOverloads() {
        Entry e = SmhErrors.lookup(ErrorCode.InvalidParameterValue_BucketNotFound, "zh_CN.UTF-8");
        assertEquals("InvalidParameterValue.BucketNotFound", e.code());
        assertEquals(Resolution.EXACT, e.resolution());
        assertEquals("zh-CN", e.locale());
        assertEquals(e.message(), SmhErrors.message(ErrorCode.InvalidParameterValue_BucketNotFound, Locale.CHINA));
        assertEquals("AuthFailure.SignatureFailure", ErrorCode.AuthFailure_SignatureFailure.toString());
    }

    @Test
    void parentAndGeneric() {
        Entry p = SmhErrors.lookup("InvalidParameterValue.NoSuchThing", "en");
        assertEquals(Resolution.PARENT, p.resolution());
        assertEquals("InvalidParameterValue", p.matched());
        assertEquals(Kind.COMMON, p.kind());
        assertEquals(Status.CURRENT, p.status());
        Entry g = SmhErrors.lookup("Foo.Bar", "zh-CN");
        assertEquals(Resolution.GENERIC, g.resolution());
        assertNull(g.matched());
        assertNull(g.kind());
        assertNull(g.status());
        assertFalse(g.retryable());
        assertTrue(g.message().contains("Foo.Bar"), g.message());
        assertEquals(g.message(), SmhErrors.message("Foo.Bar", "zh-CN"));
    }

    @Test
    void retiredCodeAnswersExactlyAndSaysSo() {
        Entry e = SmhErrors.lookup(ErrorCode.InternalError_BalanceLess, "en-US");
        assertEquals(Resolution.EXACT, e.resolution());
        assertEquals("Your account balance is insufficient.", e.message());
        assertEquals(Status.RETIRED, e.status());
        assertFalse(e.retryable(), "a balance code under the retryable InternalError");
        Entry zh = SmhErrors.lookup("ResourceNotFound.User", "zh-CN");
        assertEquals("指定的用户不存在。", zh.message());
        assertEquals(Status.RETIRED, zh.status());
        assertEquals(Status.RETIRED, SmhErrors.lookup("ResourceNotFound.User.Gone", "en").status(), "its parent's");
        assertEquals(Status.CURRENT, SmhErrors.lookup("ResourceNotFound.Library", "en").status());
    }

    @Test
    void exceptionsPerCategory() {
        SmhException e = SmhErrors.parseResponse(
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"bad sig\"},\"RequestId\":\"r-1\"}}")
                .orElseThrow();
        assertInstanceOf(AuthFailureException.class, e);
        assertEquals("AuthFailure.SignatureFailure", e.code());
        assertEquals("bad sig", e.serverMessage());
        assertEquals("r-1", e.requestId());
        assertEquals("AuthFailure", e.category().orElseThrow());
        assertEquals(ErrorCode.AuthFailure_SignatureFailure, e.errorCode().orElseThrow());
        assertEquals("AuthFailure.SignatureFailure: bad sig (RequestId: r-1)", e.getMessage());
        assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN"), e.localized("zh-CN"));
        assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN"), e.localized(Locale.CHINA));
        assertFalse(e.retryable());

        SmhException limit = SmhErrors.exception("RequestLimitExceeded.Whatever", null, null);
        assertInstanceOf(RequestLimitExceededException.class, limit);
        assertTrue(limit.retryable(), "a parent's retry policy");
        assertEquals("RequestLimitExceeded.Whatever", limit.getMessage());
        assertInstanceOf(InternalErrorException.class, SmhErrors.exception("InternalError", "x", "y"));
        assertFalse(SmhErrors.exception("RequestLimitExceeded.SendSms", null, null).retryable(), "SMS limit");

        // Network text reaches logs escaped (the library's one rendering).
        SmhException hostile = SmhErrors.exception("AuthFailure", "bad\nsig\u001b[2J\u202e", "r\r1");
        assertEquals("AuthFailure: bad\\nsig\\u{1b}[2J\\u{202e} (RequestId: r\\r1)", hostile.getMessage());
        // Invisible characters too: the validator's one table.
        SmhException hidden = SmhErrors.exception("X\u200b", "Li\uDB40\uDC41b\uFEFF\u00AD\u2060", "r\u200D");
        assertEquals("X\\u{200b}: Li\\u{e0041}b\\u{feff}\\u{ad}\\u{2060} (RequestId: r\\u{200d})", hidden.getMessage());
        String longMessage = "\u00e9".repeat(400);
        assertEquals("X: " + longMessage, SmhErrors.exception("X", longMessage, "").getMessage());

        SmhException none = SmhErrors.exception("Foo.Bar", null, null);
        assertSame(SmhException.class, none.getClass());
        assertTrue(none.category().isEmpty());
        assertTrue(none.errorCode().isEmpty());
        assertThrows(AuthFailureException.class, () -> SmhErrors.checkResponse(
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"m\"},\"RequestId\":\"r\"}}".getBytes()));
        assertEquals("ok-1", SmhErrors.checkResponse("{\"Response\":{\"RequestId\":\"ok-1\"}}".getBytes()));
    }

    @Test
    void everyCategoryHasItsClass() {
        for (String cat : SmhErrors.categories()) {
            SmhException e = SmhErrors.exception(cat + ".Anything", null, null);
            assertEquals(cat + "Exception", e.getClass().getSimpleName(), cat);
            assertEquals(cat, e.category().orElseThrow());
        }
    }

    @Test
    void overlays() {
        SmhCatalog c = SmhCatalog.open(Fixtures.overlay("ja-partial"), Fixtures.overlay("ja-layer"));
        {
            assertEquals("ja-JP", c.negotiate("ja_JP.UTF-8"));
            assertTrue(c.locales().contains("ja-JP"));
            assertFalse(SmhErrors.locales().contains("ja-JP"));
            assertEquals("署名エラー（第二のオーバーレイ）。", c.message("AuthFailure.SignatureFailure", "ja"));
            assertEquals("署名エラー（第二のオーバーレイ）。", c.message("AuthFailure.SignatureFailure", Locale.JAPAN));
            Entry e = c.lookup("ActionOffline", "ja-JP");
            assertEquals("en-US", e.locale(), "a code ja-JP lacks falls back to en-US");
            assertEquals("リクエストはエラーコード Foo.Bar で失敗しました。", c.message("Foo.Bar", "ja-JP"));
            c.close();
            c.close();
            assertThrows(IllegalStateException.class, () -> c.message("AuthFailure.SignatureFailure", "ja"));
            assertThrows(IllegalStateException.class, () -> c.message("Foo.Bar", "en"));
            assertThrows(IllegalStateException.class, c::locales);
        }
        SmhCatalog.global().close();
        assertEquals("en-US", SmhCatalog.global().negotiate("en"), "closing the global catalog does nothing");
    }

    @Test
    void brokenOverlaysAreClearErrors() {
        for (String broken : List.of("broken-syntax", "broken-variable", "broken-folder", "broken-many")) {
            SmhCatalogException e = assertThrows(SmhCatalogException.class, () -> SmhCatalog.open(Fixtures.overlay(broken)));
            assertTrue(e.getMessage().startsWith("smh-errors: "), e.getMessage());
            assertTrue(e.getMessage().length() > 20, e.getMessage());
        }
        SmhCatalogException e = assertThrows(SmhCatalogException.class,
                () -> SmhCatalog.open(Fixtures.overlay("broken-syntax")));
        assertTrue(e.getMessage().contains("errors.ftl:"), e.getMessage());
        assertThrows(SmhCatalogException.class, () -> SmhCatalog.open(Fixtures.overlay("no-such-directory")));
    }

    @Test
    void registryAndVersion() {
        assertEquals(99, SmhErrors.codes().size());
        assertEquals(ErrorCode.values().length, SmhErrors.codes().size());
        assertThrows(java.lang.UnsupportedOperationException.class, () -> SmhErrors.codes().add("x"));
        assertTrue(SmhErrors.categories().contains("AuthFailure"));
        assertTrue(SmhErrors.version().matches("\\d+\\.\\d+\\.\\d+"), SmhErrors.version());
        assertEquals(List.of("en-US", "zh-CN"), SmhErrors.locales().subList(0, 2));
        assertTrue(SmhErrors.globalCatalogError().isEmpty());
        assertEquals("en-US", SmhErrors.defaultLocale(), "the tests run with no locale in the environment");
    }

    @Test
    void loadedFromTheJarResource() {
        // Under surefire target/classes is on the class path, with linux-x86-64/libsmh_errors.so in it.
        assertEquals("jar", SmhNative.ORIGIN);
        assertTrue(SmhErrors.libraryPath().endsWith("linux-x86-64/libsmh_errors.so"), SmhErrors.libraryPath());
    }
}
