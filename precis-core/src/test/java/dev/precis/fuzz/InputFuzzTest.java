package dev.precis.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.precis.Precis;
import dev.precis.analyze.Analyzer;
import dev.precis.clean.NoiseCleaner;
import dev.precis.ingest.BadInputException;
import dev.precis.ingest.DocumentReader;
import dev.precis.ingest.DucSgmlReader;
import dev.precis.ingest.FeedReader;
import dev.precis.ingest.HtmlReader;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.ingest.JsonLinesReader;
import dev.precis.ingest.PlainTextReader;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import dev.precis.model.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for everything that reads untrusted input: each document reader, the whole reading
 * of a request body (decoding, format detection, field limits), the cleaner and the analysis. The
 * property everywhere: bad input is refused with a {@link BadInputException} or reported as a
 * {@link Problem}, never an unexpected exception, and what is accepted is well-formed.
 *
 * <p>{@code mvn verify} replays the seeds under {@code InputFuzzTestInputs/} (and any finding kept
 * there); {@code docs/fuzzing.md} says how to fuzz one target for as long as you like.
 */
class InputFuzzTest {
    private static final Ingestor INGESTOR = new Ingestor();
    private static final Precis PRECIS = Precis.builder().build();

    private static void read(DocumentReader reader, byte[] input) {
        String content = new String(input, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        try {
            for (Document d : reader.read("fuzz.input", content, problems::add)) {
                assertFalse(d.id().isEmpty(), "every document has an id");
            }
        } catch (BadInputException e) {
            assertFalse(e.getMessage().isBlank(), "a refusal says why");
        }
        problems.forEach(p -> assertFalse(p.reason().isBlank(), "a problem says why"));
    }

    @FuzzTest
    void plainText(byte[] input) {
        read(new PlainTextReader(), input);
    }

    @FuzzTest
    void html(byte[] input) {
        read(new HtmlReader(), input);
    }

    @FuzzTest
    void jsonLines(byte[] input) {
        read(new JsonLinesReader(), input);
    }

    @FuzzTest
    void feed(byte[] input) {
        read(new FeedReader(), input);
    }

    @FuzzTest
    void ducSgml(byte[] input) {
        read(new DucSgmlReader(), input);
    }

    /** A request body or file as the service and CLI read it: bytes in, documents and problems out. */
    @FuzzTest
    void requestBody(byte[] input) {
        IngestResult r = INGESTOR.ingest("post-fuzz", input);
        for (Document d : r.documents()) {
            assertTrue(d.body().length() <= Ingestor.MAX_BODY_CHARS, "bodies are bounded");
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        PRECIS.clean(r.documents(), problems);
        assertTrue(!r.documents().isEmpty() || !r.problems().isEmpty(), "nothing read is always said");
    }

    @FuzzTest
    void cleaner(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<Document> docs = new ArrayList<>();
        for (String part : text.split("\u0001", 4)) {
            docs.add(new Document("d" + docs.size(), null, null, null, null, part, "fuzz"));
        }
        assertEquals(docs.size(), new NoiseCleaner().clean(docs).size(), "one cleaned document per document");
    }

    @FuzzTest
    void analysis(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        AnalyzedDocument a = new Analyzer()
                .analyze(0, new Document("d", text.lines().findFirst().orElse(null), null, null, null, text, "fuzz"));
        for (Sentence s : a.sentences()) {
            assertFalse(s.text().isBlank(), "no empty sentence");
            assertEquals(s.tokens().size(), s.tags().size(), "one tag per token");
        }
    }
}
