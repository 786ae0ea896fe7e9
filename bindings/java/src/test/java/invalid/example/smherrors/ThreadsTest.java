package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 16 threads at once, on fresh catalogs (so the kept answers are filled concurrently), agree with one thread. */
class ThreadsTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 200;
    private static final String[] LOCALES = {"zh-CN", "en-US", "zh_CN.UTF-8", "en;q=0.5, zh", "C", "", "ja", "zh-TW"};

    /** Every question the threads ask, with codes known, parent, generic. */
    private static List<String[]> questions() {
        List<String[]> q = new ArrayList<>();
        List<String> codes = new ArrayList<>(SmhErrors.codes());
        codes.add("InvalidParameterValue.Nope");
        codes.add("Foo.Bar");
        codes.add("");
        for (String code : codes) {
            for (String locale : LOCALES) {
                q.add(new String[] {code, locale});
            }
        }
        return q;
    }

    @Test
    void sixteenThreadsAgreeWithOne() throws Exception {
        List<String[]> questions = questions();
        List<Entry> expected = new ArrayList<>();
        try (SmhCatalog reference = SmhCatalog.open()) {
            for (String[] q : questions) {
                expected.add(reference.ask(q[0], q[1]));
            }
        }
        String body = "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"m\"},\"RequestId\":\"r\"}}";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SmhCatalog shared = SmhCatalog.open()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        int i = (seed * 7919 + round * 104729) % questions.size();
                        String[] q = questions.get(i);
                        SmhCatalog cat = round % 2 == 0 ? shared : SmhCatalog.global();
                        assertEquals(expected.get(i), cat.lookup(q[0], q[1]), q[0] + " in " + q[1]);
                        assertEquals(expected.get(i).message(), cat.message(q[0], q[1]));
                        SmhException e = SmhErrors.parseResponse(body).orElseThrow();
                        assertTrue(e instanceof RequestLimitExceededException && e.retryable());
                        checked++;
                    }
                    return checked;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(THREADS * ROUNDS, total);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeWhileOthersReadIsAnExceptionNotACrash() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 20; i++) {
                SmhCatalog c = SmhCatalog.open(Fixtures.overlay("ja-partial"));
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    readers.add(pool.submit(() -> {
                        for (int k = 0; k < 200; k++) {
                            try {
                                c.lookup("Foo.Bar" + k, "ja-JP");
                            } catch (IllegalStateException closed) {
                                return;
                            }
                        }
                    }));
                }
                c.close();
                for (Future<?> f : readers) {
                    f.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
