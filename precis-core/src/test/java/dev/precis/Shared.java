package dev.precis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** A gold set's story: "seeds", or a DUC 2006 cluster such as "D0608H". */
    public static Path story(String name) {
        return name.equals("seeds") ? seeds() : duc2006().resolve("docs").resolve(name);
    }

    /**
     * The rows of a gold set kept beside a test class (tab-separated; lines starting with "#" and
     * blank lines left out), each split into its fields, empty ones kept.
     */
    public static List<String[]> goldRows(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    /** A gold set's story read and analysed as the report reads it (problems left out). */
    public static dev.precis.model.Corpus corpus(Precis precis, String story) {
        dev.precis.ingest.IngestResult read = precis.ingestor().ingest(List.of(story(story)));
        return precis.prepare(read.documents(), new ArrayList<>(read.problems()));
    }

    /** Straight quotes and apostrophes: a gold set is typed, the articles are not. */
    public static String plain(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"');
    }

    /** trafilatura's evaluation corpus of 990 web pages (main-text extraction). */
    public static Path trafilaturaEval() {
        Path p = root().resolve("data/extraction/trafilatura-eval");
        Assumptions.assumeTrue(
                Files.isRegularFile(p.resolve("evaldata.json")), "extraction benchmark not found at " + p);
        return p;
    }
}
