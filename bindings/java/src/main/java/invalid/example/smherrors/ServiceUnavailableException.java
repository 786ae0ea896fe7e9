// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ServiceUnavailable}: the code {@code ServiceUnavailable} or any {@code ServiceUnavailable.*}. */
public final class ServiceUnavailableException extends SmhException {
    private static final long serialVersionUID = 1L;

    ServiceUnavailableException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
