package invalid.example.smherrors;

import java.util.Optional;

/**
 * Everything a response body said: its request id, and the API's error for
 * a failed call.
 *
 * @param requestId the request id of a success or an error; null when absent
 * @param error the API's error; null for a success
 */
public record SmhResponse(String requestId, SmhException error) {
    /** The API's error, empty for a success. */
    public Optional<SmhException> errorIfAny() {
        return Optional.ofNullable(error);
    }

    /** Whether the call succeeded. */
    public boolean isSuccess() {
        return error == null;
    }
}
