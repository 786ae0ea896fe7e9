package invalid.example.smherrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the library is looked for, and the error when it is nowhere; JVMs of their own for the real loads. */
class LoaderTest {
    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @Test
    void nothingFoundNamesEveryPlace() {
        NativeLoader.Found f = NativeLoader.locate(null, "no-such-platform", "/nonexistent/a:/nonexistent/b", null);
        assertNull(f.path());
        String m = f.origin();
        assertTrue(m.contains("/no-such-platform/libsmh_errors.so"), m);
        assertTrue(m.contains("java.library.path (/nonexistent/a:/nonexistent/b)"), m);
        assertTrue(m.contains("LD_LIBRARY_PATH"), m);
        assertTrue(m.contains("-Dsmh_errors.library.path="), m);
    }

    @Test
    void theExplicitPropertyWins(@TempDir Path dir) throws IOException {
        Path lib = Files.copy(Path.of(SmhErrors.libraryPath()), dir.resolve("libsmh_errors.so"));
        assertEquals(new NativeLoader.Found(lib.toString(), "property"),
                NativeLoader.locate(dir.toString(), "linux-x86-64", "", null));
        assertEquals(new NativeLoader.Found(lib.toString(), "property"),
                NativeLoader.locate(lib.toString(), "linux-x86-64", "", null));
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
                () -> NativeLoader.locate(dir.resolve("nope.so").toString(), "linux-x86-64", "", null));
        assertTrue(e.getMessage().contains("smh_errors.library.path names " + dir.resolve("nope.so")), e.getMessage());
        assertEquals(new NativeLoader.Found(lib.toString(), "java.library.path"),
                NativeLoader.locate(null, "no-such-platform", "/nonexistent" + File.pathSeparator + dir, null));
    }

    /** The JNA jar alone (no SDK) from this JVM's class path. */
    private static String jnaJar() {
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (p.matches(".*/jna-[0-9.]+\\.jar")) {
                return p;
            }
        }
        throw new AssertionError("no JNA jar on the class path");
    }

    private record Run(int exit, String out) {}

    private static Run java(String classPath, String... props) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-cp", classPath, NoSdkMain.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("LD_LIBRARY_PATH");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not stop");
        return new Run(p.exitValue(), out);
    }

    /** The SONAME number the loader tries is the C library's (bindings/c/SOVERSION; Maven runs in bindings/java). */
    @Test
    void theSonameNumberIsTheLibrarys() throws Exception {
        assertEquals(Files.readString(Path.of("../c/SOVERSION")).strip(), NativeLoader.SOVERSION);
    }

    @Test
    void fromTheJarWithoutTheSdk() throws Exception {
        Run r = java(TEST_CLASSES + File.pathSeparator + CLASSES + File.pathSeparator + jnaJar());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("origin=jar"), r.out());
        assertTrue(r.out().contains("class=AuthFailureException"), r.out());
        assertTrue(r.out().contains("sdk=absent"), r.out());
        assertTrue(r.out().contains("message=" + SmhErrors.message("ResourceNotFound.Library", "en-US")), r.out());
    }

    /** The compiled classes without the library inside. */
    private static Path classesWithoutLibrary(Path dir) throws IOException {
        Path out = dir.resolve("classes");
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = out.resolve(CLASSES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().startsWith("libsmh_errors")) {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return out;
    }

    @Test
    void fromJavaLibraryPathAndTheProperty(@TempDir Path dir) throws Exception {
        Path classes = classesWithoutLibrary(dir);
        Path libDir = Files.createDirectories(dir.resolve("lib"));
        Files.copy(Path.of(SmhErrors.libraryPath()), libDir.resolve("libsmh_errors.so"));
        String cp = TEST_CLASSES + File.pathSeparator + classes + File.pathSeparator + jnaJar();

        Run viaPath = java(cp, "-Djava.library.path=" + libDir);
        assertEquals(0, viaPath.exit(), viaPath.out());
        assertTrue(viaPath.out().contains("origin=java.library.path"), viaPath.out());

        Run viaProperty = java(cp, "-Dsmh_errors.library.path=" + libDir.resolve("libsmh_errors.so"));
        assertEquals(0, viaProperty.exit(), viaProperty.out());
        assertTrue(viaProperty.out().contains("origin=property"), viaProperty.out());

        Run missing = java(cp, "-Djava.library.path=" + dir.resolve("empty"));
        if (missing.exit() == 0 && missing.out().contains("origin=system")) {
            return; // installed system-wide (make install into the loader's path): found, as documented
        }
        assertTrue(missing.exit() != 0, missing.out());
        assertTrue(missing.out().contains("UnsatisfiedLinkError: smh-errors: libsmh_errors not found; looked in: the jar's /linux-x86-64/libsmh_errors.so (absent"),
                missing.out());
        assertTrue(missing.out().contains("java.library.path (" + dir.resolve("empty") + ")"), missing.out());
    }
}
