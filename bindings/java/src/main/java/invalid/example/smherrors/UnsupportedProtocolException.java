// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code UnsupportedProtocol}: the code {@code UnsupportedProtocol} or any {@code UnsupportedProtocol.*}. */
public final class UnsupportedProtocolException extends SmhException {
    private static final long serialVersionUID = 1L;

    UnsupportedProtocolException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
