// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ResourceNotFound}: the code {@code ResourceNotFound} or any {@code ResourceNotFound.*}. */
public final class ResourceNotFoundException extends SmhException {
    private static final long serialVersionUID = 1L;

    ResourceNotFoundException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
