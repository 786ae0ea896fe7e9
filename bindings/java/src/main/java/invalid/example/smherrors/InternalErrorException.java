// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code InternalError}: the code {@code InternalError} or any {@code InternalError.*}. */
public final class InternalErrorException extends SmhException {
    private static final long serialVersionUID = 1L;

    InternalErrorException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
