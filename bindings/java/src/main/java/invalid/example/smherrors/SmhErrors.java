package invalid.example.smherrors;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Localized messages for every Tencent Cloud SMH API error code, from the
 * global catalog (the builtin zh-CN and en-US plus the overlays named by
 * {@code SMH_ERRORS_CATALOG_DIR}), and the API's error responses as
 * exceptions. Every answer comes from libsmh_errors; see {@link SmhCatalog}
 * for how a code and a locale are read (a null locale, or none, is the
 * user's). Thread-safe; a null code or body throws
 * {@link NullPointerException}.
 *
 * <pre>{@code
 * String text = SmhErrors.message("ResourceNotFound.Library", "zh-CN");
 * SmhErrors.parseResponse(body).ifPresent(e -> { throw e; });   // an AuthFailureException, ...
 * }</pre>
 */
public final class SmhErrors {
    private SmhErrors() {}

    /** Every registered code, read from the library once. */
    private static final class Codes {
        static final List<String> ALL = Bridge.codes();
        static final List<String> CATEGORIES = Bridge.categories();
    }

    /** The localized message of {@code code} in {@code locale}; see {@link SmhCatalog#lookup(String, String)}. */
    public static String message(String code, String locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** {@link #message(String, String)} with a {@link Locale} (its BCP 47 tag). */
    public static String message(String code, Locale locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** {@link #message(String, String)} in the user's locale (from the environment). */
    public static String message(String code) {
        return SmhCatalog.global().message(code);
    }

    /** {@link #message(String, String)} of a registered code. */
    public static String message(ErrorCode code, String locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** {@link #message(String, String)} of a registered code, with a {@link Locale}. */
    public static String message(ErrorCode code, Locale locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** The whole answer for {@code code} in {@code locale}; see {@link SmhCatalog#lookup(String, String)}. */
    public static Entry lookup(String code, String locale) {
        return SmhCatalog.global().lookup(code, locale);
    }

    /** {@link #lookup(String, String)} with a {@link Locale}. */
    public static Entry lookup(String code, Locale locale) {
        return SmhCatalog.global().lookup(code, locale);
    }

    /** {@link #lookup(String, String)} in the user's locale (from the environment). */
    public static Entry lookup(String code) {
        return SmhCatalog.global().lookup(code);
    }

    /** {@link #lookup(String, String)} of a registered code. */
    public static Entry lookup(ErrorCode code, String locale) {
        return SmhCatalog.global().lookup(code, locale);
    }

    /** The catalog locale {@code requested} resolves to ({@code "zh-CN"} for {@code "zh_CN.UTF-8"}). */
    public static String negotiate(String requested) {
        return SmhCatalog.global().negotiate(requested);
    }

    /** {@link #negotiate(String)} with a {@link Locale}. */
    public static String negotiate(Locale requested) {
        return SmhCatalog.global().negotiate(requested);
    }

    /** The catalog locale of the user's environment (SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US). */
    public static String defaultLocale() {
        return SmhCatalog.global().defaultLocale();
    }

    /** The global catalog's locales, en-US first. */
    public static List<String> locales() {
        return SmhCatalog.global().locales();
    }

    /** Every registered code, in registry order (immutable). {@link ErrorCode} has a constant for each. */
    public static List<String> codes() {
        return Codes.ALL;
    }

    /** Every top-level category ({@code "AuthFailure"}, ...), in the core's order (immutable). */
    public static List<String> categories() {
        return Codes.CATEGORIES;
    }

    /** The version of the loaded libsmh_errors, {@code "MAJOR.MINOR.PATCH"}. */
    public static String version() {
        return Bridge.version();
    }

    /** Where the library was loaded from: the file, or the name given to the system's loader. */
    public static String libraryPath() {
        return SmhNative.PATH;
    }

    /** Why the overlays named by {@code SMH_ERRORS_CATALOG_DIR} were not loaded; empty when they were, or none were named. */
    public static Optional<String> globalCatalogError() {
        return Optional.ofNullable(Bridge.globalCatalogError());
    }

    /**
     * Reads a response body: the API 3.0 {@code {"Response":{"Error":{...},"RequestId":...}}}
     * envelope or the legacy {@code {"code":N,"message":...,"codeDesc":...}} form.
     *
     * @return the request id, and the API's error for a failed call
     * @throws SmhParseException for a body that is not a response (malformed
     *     JSON, wrong shape or types, not UTF-8, over 1 MiB, nested over 32 deep)
     */
    public static SmhResponse readResponse(byte[] body) {
        Bridge.Parsed p = Bridge.parse(Objects.requireNonNull(body, "body"));
        if (p.outcome() == SmhNative.OUTCOME_SUCCESS) {
            return new SmhResponse(p.requestId(), null);
        }
        if (p.outcome() == SmhNative.OUTCOME_ERROR) {
            return new SmhResponse(p.requestId(), Categories.create(p.fields(), null));
        }
        String detail = p.parseError() == null ? "the library could not read the body" : p.parseError();
        throw new SmhParseException(p.parseErrorKind(), detail);
    }

    /** {@link #readResponse(byte[])} of a body as text (encoded as UTF-8, an unpaired surrogate as U+FFFD). */
    public static SmhResponse readResponse(String body) {
        return readResponse(Bridge.utf8(Objects.requireNonNull(body, "body")));
    }

    /**
     * The API's error in a response body, of the class of its category
     * ({@link AuthFailureException}, ...); empty for a success.
     *
     * @throws SmhParseException for a body that is not a response
     */
    public static Optional<SmhException> parseResponse(byte[] body) {
        return readResponse(body).errorIfAny();
    }

    /** {@link #parseResponse(byte[])} of a body as text. */
    public static Optional<SmhException> parseResponse(String body) {
        return readResponse(body).errorIfAny();
    }

    /**
     * Throws the API's error in a response body; returns its request id for a success.
     *
     * @throws SmhException the API's error, of the class of its category
     * @throws SmhParseException for a body that is not a response
     */
    public static String checkResponse(byte[] body) {
        return check(readResponse(body));
    }

    /** {@link #checkResponse(byte[])} of a body as text. */
    public static String checkResponse(String body) {
        return check(readResponse(body));
    }

    private static String check(SmhResponse r) {
        if (r.error() != null) {
            throw r.error();
        }
        return r.requestId();
    }

    /**
     * The official SDK's exception as an {@link SmhException} of its
     * category, with the SDK's exception as its cause; empty when it holds no
     * error code (a failure on the client's side, such as a network error).
     * Needs {@code tencentcloud-sdk-java-common} on the class path (an
     * optional dependency: nothing else in this package loads it).
     */
    public static Optional<SmhException> from(TencentCloudSDKException e) {
        return SdkAdapter.from(Objects.requireNonNull(e, "e"));
    }

    /**
     * An {@link SmhException} of the category of {@code code}, as a parse
     * would make it (for tests, and errors that arrive by other ways).
     *
     * @param serverMessage the server's message, or null
     * @param requestId the request id, or null
     */
    public static SmhException exception(String code, String serverMessage, String requestId) {
        return Categories.create(Bridge.facts(Objects.requireNonNull(code, "code"), serverMessage, requestId), null);
    }
}
