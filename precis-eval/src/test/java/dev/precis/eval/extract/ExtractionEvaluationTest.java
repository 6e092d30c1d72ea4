package dev.precis.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring on a two-page corpus in the benchmark's layout (pages written here). */
class ExtractionEvaluationTest {
    @Test
    void countsSnippetsAsTheCorpusOwnEvaluationDoes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Files.createDirectories(dir.resolve("eval"));
        String article =
                "<html><head><title>Bridge opens</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
                        + "<article><p>Mayor Lena Ortvik opened the harbour bridge in Ostravale on Tuesday after nine years of work.</p>"
                        + "<p>About 3,000 people   watched the ceremony from both banks of the river, the council said.</p></article>"
                        + "<footer><p>Copyright Ostravale Courier, all rights reserved.</p></footer></body></html>";
        Files.writeString(dir.resolve("cache/bridge.html"), article);
        Files.writeString(dir.resolve("eval/empty.html"), "<html><body><nav>Home</nav></body></html>");
        Files.writeString(
                dir.resolve("evaldata.json"),
                "{\"https://example.org/bridge\": {\"file\": \"bridge.html\","
                        + " \"with\": [\"opened the harbour bridge\", \"About 3,000 people watched\", \"not in the page\"],"
                        + " \"without\": [\"all rights reserved\", \"Home\"]},"
                        + " \"https://example.org/empty\": {\"file\": \"empty.html\", \"with\": [\"anything\"], \"without\": [\"Home\"]}}");
        ExtractionEvaluation.Result r = ExtractionEvaluation.read(dir).run(false);
        assertEquals(2, r.pages());
        // bridge: 2 of 3 "with" found (white space normalised), furniture left out; empty: nothing read.
        assertEquals(2, r.tp());
        assertEquals(2, r.fn());
        assertEquals(0, r.fp());
        assertEquals(3, r.tn());
        assertEquals(1, r.empty());
        assertEquals(java.util.List.of("empty.html"), r.lost());
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(2 / 3.0, r.f1(), 1e-9);
        assertEquals(5 / 7.0, r.accuracy(), 1e-9);
    }
}
