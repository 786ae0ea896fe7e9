// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code InvalidAction}: the code {@code InvalidAction} or any {@code InvalidAction.*}. */
public final class InvalidActionException extends SmhException {
    private static final long serialVersionUID = 1L;

    InvalidActionException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
