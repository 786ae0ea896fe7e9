// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code NoSuchProduct}: the code {@code NoSuchProduct} or any {@code NoSuchProduct.*}. */
public final class NoSuchProductException extends SmhException {
    private static final long serialVersionUID = 1L;

    NoSuchProductException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
