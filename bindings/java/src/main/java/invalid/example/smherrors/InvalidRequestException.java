// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code InvalidRequest}: the code {@code InvalidRequest} or any {@code InvalidRequest.*}. */
public final class InvalidRequestException extends SmhException {
    private static final long serialVersionUID = 1L;

    InvalidRequestException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
