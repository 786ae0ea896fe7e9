// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code UnknownParameter}: the code {@code UnknownParameter} or any {@code UnknownParameter.*}. */
public final class UnknownParameterException extends SmhException {
    private static final long serialVersionUID = 1L;

    UnknownParameterException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
