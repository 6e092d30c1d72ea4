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
        for (String candidate : new String[] {configured, "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        return Path.of("../../shared").toAbsolutePath().normalize();
    }

    public static Path duc2006() {
        Path p = root().resolve("data/duc2006");
        Assumptions.assumeTrue(Files.isDirectory(p), "DUC 2006 data not found at " + p);
        return p;
    }
}
