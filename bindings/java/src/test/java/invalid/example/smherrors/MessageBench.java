package invalid.example.smherrors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: {@code SmhErrors.message(code, "zh-CN")} against a
 * {@code HashMap<String,String>} holding the same answers, and the per-call
 * FFI cost beside it (one crossing per call, nothing kept). Each call takes
 * the next registry code, in turn. {@code make -C bindings/java bench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessageBench {
    private List<String> codes;
    private byte[][] codeBytes;
    private byte[] zh;
    private Map<String, String> map;
    private int i;

    /** Fills the map with the library's zh-CN answers and warms the kept answers. */
    @Setup
    public void setup() {
        codes = SmhErrors.codes();
        map = new HashMap<>();
        codeBytes = new byte[codes.size()][];
        for (int k = 0; k < codes.size(); k++) {
            map.put(codes.get(k), SmhErrors.message(codes.get(k), "zh-CN"));
            codeBytes[k] = Bridge.cstr(codes.get(k));
        }
        zh = Bridge.cstr("zh-CN");
    }

    private int next() {
        int k = i + 1;
        if (k == codes.size()) {
            k = 0;
        }
        i = k;
        return k;
    }

    /** The peer: a plain HashMap lookup of the same answers. */
    @Benchmark
    public String hashMapGet() {
        return map.get(codes.get(next()));
    }

    /** The API: kept answers after the locale's first lookup. */
    @Benchmark
    public String message() {
        return SmhErrors.message(codes.get(next()), "zh-CN");
    }

    /** The whole Entry, kept. */
    @Benchmark
    public Entry lookup() {
        return SmhErrors.lookup(codes.get(next()), "zh-CN");
    }

    /** An unregistered code whose parent is registered, answered from the kept table by its parent rule. */
    @Benchmark
    public String messageParentCode() {
        return SmhErrors.message("InvalidParameterValue.Foo", "zh-CN");
    }

    /** The seed's error body parsed into an AuthFailureException. */
    @Benchmark
    public Object parseResponse() {
        return SmhErrors.parseResponse(SEED);
    }

    private static final byte[] SEED = ("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":"
            + "\"The provided credentials could not be validated. Please check your signature is correct.\"},"
            + "\"RequestId\":\"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Per call through JNA: UTF-8 conversion, one crossing, the C string decoded. */
    @Benchmark
    public String messageFfi() {
        return Bridge.messageUncached(null, Bridge.cstr(codes.get(next())), zh);
    }

    /** Per call through JNA with the arguments already converted: the crossing and decoding alone. */
    @Benchmark
    public String messageFfiPreconverted() {
        return Bridge.messageUncached(null, codeBytes[next()], zh);
    }

    /** A crossing that returns a C string, decoded: no array arguments. */
    @Benchmark
    public String ffiStringResult() {
        return Bridge.str(SmhNative.smh_errors_code_at(next()));
    }

    /** A crossing with one byte[] argument and a pointer result, not decoded. */
    @Benchmark
    public Object ffiArrayArgument() {
        byte[] c = codeBytes[next()];
        return SmhNative.smh_errors_category_of_n(c, c.length - 1);
    }

    /** The bare crossing: a JNA call that takes and returns a number. */
    @Benchmark
    public long ffiNoop() {
        return SmhNative.smh_errors_code_count();
    }
}
