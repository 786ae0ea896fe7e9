package invalid.example.smherrors;

import java.nio.file.Path;

/** Where the repository's shared files are. */
final class Fixtures {
    private Fixtures() {}

    /** The repository root (surefire sets smh.repo.root; else two folders up). */
    static Path root() {
        String p = System.getProperty("smh.repo.root");
        return (p != null ? Path.of(p) : Path.of("../..")).toAbsolutePath().normalize();
    }

    /** tests/vectors. */
    static Path vectors() {
        return root().resolve("tests/vectors");
    }

    /** tests/fixtures/overlays/{name}. */
    static Path overlay(String name) {
        return root().resolve("tests/fixtures/overlays").resolve(name);
    }
}
