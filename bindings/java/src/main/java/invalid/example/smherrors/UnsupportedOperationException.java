// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code UnsupportedOperation}: the code {@code UnsupportedOperation} or any {@code UnsupportedOperation.*}. */
public final class UnsupportedOperationException extends SmhException {
    private static final long serialVersionUID = 1L;

    UnsupportedOperationException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
