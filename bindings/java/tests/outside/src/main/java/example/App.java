package example;

import invalid.example.smherrors.AuthFailureException;
import invalid.example.smherrors.SmhErrors;
import invalid.example.smherrors.SmhException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A user's program: the library's version, one message, and a response body's error by category. */
public final class App {
    private App() {}

    public static void main(String[] args) {
        System.out.println("version " + SmhErrors.version());
        System.out.println(SmhErrors.message("ResourceNotFound.Library", Locale.CHINA));
        try {
            String body = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"bad\"},\"RequestId\":\"r-1\"}}";
            SmhErrors.checkResponse(body.getBytes(StandardCharsets.UTF_8));
            System.out.println("no error");
        } catch (AuthFailureException e) {
            System.out.println("AuthFailure " + e.localized("en-US"));
        } catch (SmhException e) {
            System.out.println("other " + e.code());
        }
    }
}
