// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ResponseSizeLimitExceeded}: the code {@code ResponseSizeLimitExceeded} or any {@code ResponseSizeLimitExceeded.*}. */
public final class ResponseSizeLimitExceededException extends SmhException {
    private static final long serialVersionUID = 1L;

    ResponseSizeLimitExceededException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
