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
 * the next of the 74 registry codes. {@code make -C bindings/java bench}.
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

    /** The bare crossing: a JNA call that takes and returns a number. */
    @Benchmark
    public long ffiNoop() {
        return SmhNative.smh_errors_code_count();
    }
}
