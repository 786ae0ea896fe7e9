// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** An SMH API error of the category {@code RequestSizeLimitExceeded}: the code {@code RequestSizeLimitExceeded} or any {@code RequestSizeLimitExceeded.*}. */
public final class RequestSizeLimitExceededException extends SmhException {
    private static final long serialVersionUID = 1L;

    RequestSizeLimitExceededException(Fields f, Throwable cause) {
        super(f, cause);
    }
}
