// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code IpInBlacklist}: the code {@code IpInBlacklist} or any {@code IpInBlacklist.*}. */
public final class IpInBlacklistException extends SmhException {
    private static final long serialVersionUID = 1L;

    IpInBlacklistException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
