package dev.precis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared: the user's seed articles and the public benchmark data (never copied into the repo). */
public final class Shared {
    private Shared() {}

    public static Path root() {
        String configured = System.getProperty("precis.shared");
        for (String candidate : new String[] {configured, "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        return Path.of("../../shared").toAbsolutePath().normalize();
    }

    public static Path seeds() {
        Path p = root().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(p), "seed articles not found at " + p);
        return p;
    }

    public static Path duc2006() {
        Path p = root().resolve("data/duc2006");
        Assumptions.assumeTrue(Files.isDirectory(p), "DUC 2006 data not found at " + p);
        return p;
    }

    /** trafilatura's evaluation corpus of 990 web pages (main-text extraction). */
    public static Path trafilaturaEval() {
        Path p = root().resolve("data/extraction/trafilatura-eval");
        Assumptions.assumeTrue(
                Files.isRegularFile(p.resolve("evaldata.json")), "extraction benchmark not found at " + p);
        return p;
    }
}
