// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ResourceInUse}: the code {@code ResourceInUse} or any {@code ResourceInUse.*}. */
public final class ResourceInUseException extends SmhException {
    private static final long serialVersionUID = 1L;

    ResourceInUseException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
