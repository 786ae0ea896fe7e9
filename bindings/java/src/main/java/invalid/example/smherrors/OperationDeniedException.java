// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code OperationDenied}: the code {@code OperationDenied} or any {@code OperationDenied.*}. */
public final class OperationDeniedException extends SmhException {
    private static final long serialVersionUID = 1L;

    OperationDeniedException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
