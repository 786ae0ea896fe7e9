package invalid.example.smherrors;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds libsmh_errors, the sqlite-jdbc way: an explicit system property,
 * then the copy inside the jar, then {@code java.library.path}, then the
 * system's loader path. Package-private: users set a property, nothing else.
 */
final class NativeLoader {
    /** The system property naming the library file, or a directory holding it. */
    static final String PROPERTY = "smh_errors.library.path";
    /** The library's file name on Linux. */
    static final String FILE_NAME = "libsmh_errors.so";
    /** The number of the library's SONAME, {@code libsmh_errors.so.1} (bindings/c/SOVERSION; LoaderTest checks it). */
    static final String SOVERSION = "1";
    /** The name JNA's loader is given last (LD_LIBRARY_PATH, ldconfig). */
    static final String LIBRARY_NAME = "smh_errors";

    private NativeLoader() {}

    /** What was found, and where: "jar", "property", "java.library.path" or "system". */
    record Found(String path, String origin) {}

    /**
     * Locates the library. {@code property} is the value of {@link #PROPERTY}
     * (null when unset), {@code resourcePrefix} the folder inside the jar
     * ({@code linux-x86-64}), {@code javaLibraryPath} that property's value.
     *
     * @throws UnsatisfiedLinkError naming every place looked in, when nothing fits
     */
    static Found locate(String property, String resourcePrefix, String javaLibraryPath, ClassLoader loader) {
        List<String> looked = new ArrayList<>();
        if (property != null && !property.isEmpty()) {
            File f = new File(property);
            if (f.isDirectory()) {
                f = new File(f, FILE_NAME);
            }
            if (f.isFile()) {
                return new Found(f.getAbsolutePath(), "property");
            }
            throw new UnsatisfiedLinkError("smh-errors: libsmh_errors not found: the system property "
                    + PROPERTY + " names " + f.getAbsolutePath() + ", which is not a file");
        }
        String resource = "/" + resourcePrefix + "/" + FILE_NAME;
        if (NativeLoader.class.getResource(resource) != null || (loader != null && loader.getResource(resource.substring(1)) != null)) {
            try {
                File f = Native.extractFromResourcePath(resource, loader);
                return new Found(f.getAbsolutePath(), "jar");
            } catch (IOException e) {
                looked.add("the jar's " + resource + " (could not be extracted: " + e.getMessage() + ")");
            }
        } else {
            looked.add("the jar's " + resource + " (absent: this jar holds no library for " + resourcePrefix + ")");
        }
        if (javaLibraryPath != null) {
            for (String dir : javaLibraryPath.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                for (String name : new String[] {FILE_NAME, FILE_NAME + "." + SOVERSION}) {
                    File f = new File(dir, name);
                    if (f.isFile()) {
                        return new Found(f.getAbsolutePath(), "java.library.path");
                    }
                }
            }
        }
        looked.add("java.library.path (" + javaLibraryPath + ")");
        looked.add("the system loader's path for " + FILE_NAME + " (LD_LIBRARY_PATH, ldconfig)");
        String message = "smh-errors: libsmh_errors not found; looked in: " + String.join("; ", looked)
                + ". Set -D" + PROPERTY + "=/path/to/" + FILE_NAME + " or put it on java.library.path.";
        return new Found(null, message);
    }

    /** Locates the library for this JVM and platform (see {@link #locate}). */
    static Found locate() {
        return locate(System.getProperty(PROPERTY), Platform.RESOURCE_PREFIX, System.getProperty("java.library.path"),
                NativeLoader.class.getClassLoader());
    }
}
