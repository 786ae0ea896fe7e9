// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code LimitExceeded}: the code {@code LimitExceeded} or any {@code LimitExceeded.*}. */
public final class LimitExceededException extends SmhException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
