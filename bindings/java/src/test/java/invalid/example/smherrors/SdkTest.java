package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** SmhErrors.from with the official SDK's real exception type, and its real client against a loopback server. */
class SdkTest {
    @Test
    void fromTheSdkException() {
        TencentCloudSDKException sdk = new TencentCloudSDKException("The provided credentials could not be validated.",
                "req-42", "AuthFailure.SignatureFailure");
        SmhException e = SmhErrors.from(sdk).orElseThrow();
        assertInstanceOf(AuthFailureException.class, e);
        assertEquals("AuthFailure.SignatureFailure", e.code());
        assertEquals("The provided credentials could not be validated.", e.serverMessage());
        assertEquals("req-42", e.requestId());
        assertSame(sdk, e.getCause());
        assertEquals(SmhErrors.message("AuthFailure.SignatureFailure", "zh-CN"), e.localized("zh-CN"));

        assertTrue(SmhErrors.from(new TencentCloudSDKException("network down")).isEmpty(), "no code: not an API error");
        assertTrue(SmhErrors.from(new TencentCloudSDKException("m", "r", "")).isEmpty());
        assertTrue(SmhErrors.from(new TencentCloudSDKException("x", "r", "RequestLimitExceeded.UinLimitExceeded"))
                .orElseThrow().retryable());
        assertThrows(NullPointerException.class, () -> SmhErrors.from(null));
    }

    /** A client of no particular product: the SDK's common request path, pointed at {@code endpoint}. */
    private static final class LoopbackClient extends AbstractClient {
        LoopbackClient(String endpoint) {
            super(endpoint, "2021-07-12", new Credential("AKIDtest", "secret"), "ap-guangzhou", profile(endpoint));
        }

        private static ClientProfile profile(String endpoint) {
            HttpProfile http = new HttpProfile();
            http.setProtocol(HttpProfile.REQ_HTTP);
            http.setEndpoint(endpoint);
            http.setConnTimeout(5);
            http.setReadTimeout(5);
            http.setWriteTimeout(5);
            return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
        }
    }

    @Test
    void theSdkClientAgainstALoopbackServer() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService exec = Executors.newSingleThreadExecutor();
        server.setExecutor(exec);
        server.createContext("/", x -> {
            requests.incrementAndGet();
            x.getRequestBody().readAllBytes();
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String endpoint = "127.0.0.1:" + server.getAddress().getPort();
            LoopbackClient client = new LoopbackClient(endpoint);
            String[][] cases = {
                {"ResourceNotFound.Library", "library not found", ResourceNotFoundException.class.getName()},
                {"InvalidParameterValue.BucketNotFound", "bucket x", InvalidParameterValueException.class.getName()},
                {"RequestLimitExceeded", "slow down", RequestLimitExceededException.class.getName()},
                {"Foo.Bar", "a code nobody knows", SmhException.class.getName()},
            };
            for (String[] c : cases) {
                answer.set("{\"Response\":{\"Error\":{\"Code\":\"" + c[0] + "\",\"Message\":\"" + c[1]
                        + "\"},\"RequestId\":\"rid-" + c[0] + "\"}}");
                TencentCloudSDKException sdk = assertThrows(TencentCloudSDKException.class,
                        () -> client.call("DescribeLibraries", "{}"));
                SmhException e = SmhErrors.from(sdk).orElseThrow();
                assertEquals(c[2], e.getClass().getName(), c[0]);
                assertEquals(c[0], e.code());
                assertEquals(c[1], e.serverMessage());
                assertEquals("rid-" + c[0], e.requestId());
                assertEquals(SmhErrors.lookup(c[0], "zh-CN").message(), e.localized("zh-CN"));
                // The SDK's view and the parser's view of the same body agree.
                SmhException parsed = SmhErrors.parseResponse(answer.get()).orElseThrow();
                assertEquals(parsed.getClass(), e.getClass());
                assertEquals(parsed.getMessage(), e.getMessage());
                assertEquals(parsed.retryable(), e.retryable());
            }
            answer.set("{\"Response\":{\"RequestId\":\"ok\",\"TotalCount\":0}}");
            String ok = client.call("DescribeLibraries", "{}");
            assertEquals("ok", SmhErrors.readResponse(ok).requestId());
            assertEquals(cases.length + 1, requests.get());
        } finally {
            server.stop(0);
            exec.shutdownNow();
        }
    }
}
