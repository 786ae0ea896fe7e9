// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code InvalidParameterValue}: the code {@code InvalidParameterValue} or any {@code InvalidParameterValue.*}. */
public final class InvalidParameterValueException extends SmhException {
    private static final long serialVersionUID = 1L;

    InvalidParameterValueException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
