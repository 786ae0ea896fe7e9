package invalid.example.smherrors;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.util.Optional;

/**
 * The official SDK's exception, converted. A class of its own so that
 * {@link SmhErrors} loads without the SDK on the class path (the SDK is an
 * optional dependency): only a call of {@code from} needs it.
 */
final class SdkAdapter {
    private SdkAdapter() {}

    static Optional<SmhException> from(TencentCloudSDKException e) {
        String code = e.getErrorCode();
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Categories.create(Bridge.facts(code, e.getMessage(), e.getRequestId()), e));
    }
}
