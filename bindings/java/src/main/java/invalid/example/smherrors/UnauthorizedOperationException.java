// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code UnauthorizedOperation}: the code {@code UnauthorizedOperation} or any {@code UnauthorizedOperation.*}. */
public final class UnauthorizedOperationException extends SmhException {
    private static final long serialVersionUID = 1L;

    UnauthorizedOperationException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
