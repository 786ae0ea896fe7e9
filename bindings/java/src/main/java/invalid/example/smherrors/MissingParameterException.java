// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code MissingParameter}: the code {@code MissingParameter} or any {@code MissingParameter.*}. */
public final class MissingParameterException extends SmhException {
    private static final long serialVersionUID = 1L;

    MissingParameterException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
