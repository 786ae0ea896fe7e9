package invalid.example.smherrors;

import java.util.Locale;
import java.util.Optional;

/**
 * An error the SMH API returned. One subclass per top-level category
 * ({@link AuthFailureException}, {@link ResourceNotFoundException}, ...), so
 * a service catches what it handles; a code of no known category is a plain
 * {@code SmhException}.
 *
 * <p>As on the official SDK's exception, {@link #serverMessage()} is the
 * server's own text (often naming the parameter or limit); {@link
 * #localized(String)} is the catalog's message for the user. {@link
 * #getMessage()} is {@code "Code: server message (RequestId: id)"}, for logs (the library's text: the
 * server's control and invisible characters escaped).
 *
 * <p>Made by {@link SmhErrors#parseResponse(byte[])}, {@link
 * SmhErrors#from(com.tencentcloudapi.common.exception.TencentCloudSDKException)}
 * or {@link SmhErrors#exception(String, String, String)}.
 */
public class SmhException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code as the server sent it. */
    private final String code;
    /** The server's message, or null. */
    private final String serverMessage;
    /** The request id, or null. */
    private final String requestId;
    /** The code's category, or null. */
    private final String category;
    /** The code's retry policy. */
    private final boolean retryable;

    /** What the library says of one error; passed to every subclass. */
    record Fields(String code, String serverMessage, String requestId, String category, boolean retryable) {}

    SmhException(Fields f, Throwable cause) {
        super(describe(f), cause);
        this.code = f.code();
        this.serverMessage = f.serverMessage();
        this.requestId = f.requestId();
        this.category = f.category();
        this.retryable = f.retryable();
    }

    private static String describe(Fields f) {
        return Bridge.errorText(f.code(), f.serverMessage(), f.requestId());
    }

    /** The error code as the server sent it ({@code "AuthFailure.SignatureFailure"}). */
    public String code() {
        return code;
    }

    /** The code as an {@link ErrorCode}, when it is a registered one. */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.of(code);
    }

    /** The server's own message; null when the body had none. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The request's id; null when the body had none. */
    public String requestId() {
        return requestId;
    }

    /** The code's top-level category ({@code "AuthFailure"}); empty for a code of none the registry knows. */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** Whether the same request may be sent again after a backoff (the code's, or its nearest parent's, policy). */
    public boolean retryable() {
        return retryable;
    }

    /**
     * The catalog's message for the code in {@code locale} (null: the user's, from the environment), from the
     * global catalog; see {@link SmhErrors#message(String, String)}.
     */
    public String localized(String locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** {@link #localized(String)} with a {@link Locale}. */
    public String localized(Locale locale) {
        return SmhCatalog.global().message(code, locale);
    }

    /** {@link #localized(String)} in the user's locale. */
    public String localized() {
        return localized((String) null);
    }

    /**
     * The server message's localized detail in {@code locale} (null: the user's), from the global catalog (see
     * {@link SmhCatalog#detail(String, String, String)}): for {@code "Parameter `LibraryId` format invalid."},
     * {@code "参数 LibraryId 的格式无效。"} in zh-CN; empty when there is none.
     */
    public Optional<String> detail(String locale) {
        return SmhCatalog.global().detail(code, serverMessage, locale);
    }

    /** {@link #detail(String)} with a {@link Locale}. */
    public Optional<String> detail(Locale locale) {
        return SmhCatalog.global().detail(code, serverMessage, locale);
    }

    /** {@link #detail(String)} in the user's locale. */
    public Optional<String> detail() {
        return detail((String) null);
    }

    /**
     * What a person should read about this error in {@code locale} (null: the user's), from the global catalog,
     * as {@code smh-errors parse} prints it: see {@link SmhCatalog#explain(SmhException, String)}.
     */
    public String explain(String locale) {
        return SmhCatalog.global().explain(this, locale);
    }

    /** {@link #explain(String)} with a {@link Locale}. */
    public String explain(Locale locale) {
        return SmhCatalog.global().explain(this, locale);
    }

    /** {@link #explain(String)} in the user's locale. */
    public String explain() {
        return explain((String) null);
    }

    /** The whole catalog answer for the code in {@code locale} (null: the user's), from the global catalog. */
    public Entry lookup(String locale) {
        return SmhCatalog.global().lookup(code, locale);
    }

    /** {@link #lookup(String)} with a {@link Locale}. */
    public Entry lookup(Locale locale) {
        return SmhCatalog.global().lookup(code, locale);
    }
}
