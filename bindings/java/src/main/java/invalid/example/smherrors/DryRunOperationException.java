// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code DryRunOperation}: the code {@code DryRunOperation} or any {@code DryRunOperation.*}. */
public final class DryRunOperationException extends SmhException {
    private static final long serialVersionUID = 1L;

    DryRunOperationException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
