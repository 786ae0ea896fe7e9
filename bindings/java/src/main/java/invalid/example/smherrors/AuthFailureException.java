// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code AuthFailure}: the code {@code AuthFailure} or any {@code AuthFailure.*}. */
public final class AuthFailureException extends SmhException {
    private static final long serialVersionUID = 1L;

    AuthFailureException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
