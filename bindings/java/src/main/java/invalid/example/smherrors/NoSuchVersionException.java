// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code NoSuchVersion}: the code {@code NoSuchVersion} or any {@code NoSuchVersion.*}. */
public final class NoSuchVersionException extends SmhException {
    private static final long serialVersionUID = 1L;

    NoSuchVersionException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
