// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code UnsupportedRegion}: the code {@code UnsupportedRegion} or any {@code UnsupportedRegion.*}. */
public final class UnsupportedRegionException extends SmhException {
    private static final long serialVersionUID = 1L;

    UnsupportedRegionException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
