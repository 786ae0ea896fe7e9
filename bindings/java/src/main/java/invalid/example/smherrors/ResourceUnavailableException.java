// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ResourceUnavailable}: the code {@code ResourceUnavailable} or any {@code ResourceUnavailable.*}. */
public final class ResourceUnavailableException extends SmhException {
    private static final long serialVersionUID = 1L;

    ResourceUnavailableException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
