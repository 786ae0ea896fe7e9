// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code ActionOffline}: the code {@code ActionOffline} or any {@code ActionOffline.*}. */
public final class ActionOfflineException extends SmhException {
    private static final long serialVersionUID = 1L;

    ActionOfflineException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
