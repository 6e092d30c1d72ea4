package dev.precis.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (benchmark data is read from there, never copied into the repository). */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("precis.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("../shared");
        if (!Files.isDirectory(p)) {
            p = Path.of("../../shared");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path duc2006() {
        Path p = root().resolve("data/duc2006");
        Assumptions.assumeTrue(Files.isDirectory(p), "DUC 2006 data not found at " + p);
        return p;
    }
}
