// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ResourceInsufficient}: the code {@code ResourceInsufficient} or any {@code ResourceInsufficient.*}. */
public final class ResourceInsufficientException extends SmhException {
    private static final long serialVersionUID = 1L;

    ResourceInsufficientException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
