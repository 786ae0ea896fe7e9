// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code RequestLimitExceeded}: the code {@code RequestLimitExceeded} or any {@code RequestLimitExceeded.*}. */
public final class RequestLimitExceededException extends SmhException {
    private static final long serialVersionUID = 1L;

    RequestLimitExceededException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
