// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code IpNotInWhitelist}: the code {@code IpNotInWhitelist} or any {@code IpNotInWhitelist.*}. */
public final class IpNotInWhitelistException extends SmhException {
    private static final long serialVersionUID = 1L;

    IpNotInWhitelistException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
