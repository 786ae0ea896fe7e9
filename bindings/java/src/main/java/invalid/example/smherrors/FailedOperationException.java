// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code FailedOperation}: the code {@code FailedOperation} or any {@code FailedOperation.*}. */
public final class FailedOperationException extends SmhException {
    private static final long serialVersionUID = 1L;

    FailedOperationException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
