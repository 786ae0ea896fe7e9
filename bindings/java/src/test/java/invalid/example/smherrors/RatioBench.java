package invalid.example.smherrors;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * The ratios of BENCHMARKS.md's Java section in one run, on the thread's
 * CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}): on a shared
 * machine, time spent waiting for a core is not counted. Each method looks
 * up every registry code in zh-CN in turn; the methods take turns within
 * each round, and each one's best round is kept (as the C benchmark does).
 * JMH ({@code MessageBench}) gives the same rows in wall time.
 *
 * <p>{@code make -C bindings/java bench-ratios}
 */
public final class RatioBench {
    private RatioBench() {}

    private record Method(String name, IntToLongFunction call) {}

    /** Prints ns per call and the ratio to the HashMap floor of each method. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> codes = SmhErrors.codes();
        int n = codes.size();
        // Keys and questions are separate String objects, as codes read from
        // responses are; each caches its hash after first use, as any does.
        Map<String, String> map = new HashMap<>();
        String[] asked = new String[n];
        for (int k = 0; k < n; k++) {
            map.put(new String(codes.get(k)), SmhErrors.message(codes.get(k), "zh-CN"));
            asked[k] = new String(codes.get(k));
        }
        String parent = new String("InvalidParameterValue.Foo");
        if (!SmhErrors.message(parent, "zh-CN").equals(SmhErrors.message("InvalidParameterValue", "zh-CN"))) {
            throw new AssertionError("the parent answer differs");
        }
        for (int k = 0; k < n; k++) {
            if (!map.get(asked[k]).equals(SmhErrors.message(asked[k], "zh-CN"))) {
                throw new AssertionError("the floor and the package differ for " + asked[k]);
            }
        }
        List<Method> methods = List.of(
                new Method("floor: HashMap<String,String>.get(code)", k -> map.get(asked[k]).length()),
                new Method("SmhErrors.message(code, \"zh-CN\")", k -> SmhErrors.message(asked[k], "zh-CN").length()),
                new Method("SmhErrors.lookup(code, \"zh-CN\")", k -> SmhErrors.lookup(asked[k], "zh-CN").message().length()),
                new Method("SmhErrors.message(\"InvalidParameterValue.Foo\", \"zh-CN\") (parent)",
                        k -> SmhErrors.message(parent, "zh-CN").length()));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int reps = 20_000;
        double[] best = new double[methods.size()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long sink = 0;
        for (int round = -5; round < rounds; round++) { // the first rounds warm up the JIT
            for (int m = 0; m < methods.size(); m++) {
                IntToLongFunction call = methods.get(m).call();
                long t0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < reps; r++) {
                    for (int k = 0; k < n; k++) {
                        sink += call.applyAsLong(k);
                    }
                }
                double ns = (double) (mx.getCurrentThreadCpuTime() - t0) / ((long) reps * n);
                if (round >= 0 && ns < best[m]) {
                    best[m] = ns;
                }
            }
        }
        System.out.printf("%-70s %12s %8s%n", "method (" + n + " codes, zh-CN; thread CPU time, best of " + rounds + ")", "ns/call",
                "x floor");
        for (int m = 0; m < methods.size(); m++) {
            System.out.printf("%-70s %12.1f %8.2f%n", methods.get(m).name(), best[m], best[m] / best[0]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
