// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code InvalidParameter}: the code {@code InvalidParameter} or any {@code InvalidParameter.*}. */
public final class InvalidParameterException extends SmhException {
    private static final long serialVersionUID = 1L;

    InvalidParameterException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
