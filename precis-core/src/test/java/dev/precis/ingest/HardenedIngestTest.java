package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The defects of issue 19 on the reading side, each as it was reproduced. */
class HardenedIngestTest {
    private static final String GOOD = "The council approved the budget on Monday after a long debate.";

    @TempDir
    Path dir;

    private IngestResult read(Path... paths) {
        return new Ingestor().ingest(List.of(paths));
    }

    @Test
    void aJsonLinesLineWithBinaryBytesCostsOnlyThatLine() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.write(
                f,
                ("{\"id\":\"a\",\"text\":\"" + GOOD + "\"}\n{\"id\":\"b\",\"text\":\"x\u0000\u0001\u0002y\"}\n"
                                + "\u0000\u0000\u0000\u0000\n{\"id\":\"c\",\"text\":\"" + GOOD + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
        IngestResult r = read(f);
        assertEquals(
                List.of("a", "c"),
                r.documents().stream().map(Document::id).toList(),
                r.problems().toString());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(
                r.problems().get(0).name().endsWith("feed.jsonl:2"),
                r.problems().toString());
    }

    @Test
    void aFewInvalidBytesInUtf8TextAreReplacedWithANotice() throws IOException {
        Path f = dir.resolve("article.txt");
        byte[] text = ("The minister\u2019s statement came late on Monday. " + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[text.length + 1];
        System.arraycopy(text, 0, withBad, 0, 4);
        withBad[4] = (byte) 0xFF;
        System.arraycopy(text, 4, withBad, 5, text.length - 4);
        Files.write(f, withBad);
        IngestResult r = read(f);
        assertEquals(1, r.documents().size(), r.problems().toString());
        assertTrue(r.documents().get(0).body().contains("minister\u2019s"), "the valid UTF-8 is kept as UTF-8");
        Problem p = r.problems().get(0);
        assertTrue(p.notice() && p.reason().contains("1 byte(s)"), p.toString());
    }

    @Test
    void windows1252IsANoticeNotASkip() throws IOException {
        Path f = dir.resolve("latin.txt");
        Files.write(f, ("Caf\u00e9 owners said on Monday that " + GOOD).getBytes(StandardCharsets.ISO_8859_1));
        IngestResult r = read(f);
        assertEquals(1, r.documents().size());
        assertTrue(r.problems().get(0).notice(), r.problems().toString());
    }

    @Test
    void aHugeSingleArticleIsReadNoFurtherThanUsed() throws IOException {
        Path f = dir.resolve("huge.txt");
        String paragraph = (GOOD + " ").repeat(40) + "\n\n";
        Files.writeString(f, paragraph.repeat(Ingestor.SINGLE_ARTICLE_BYTES / paragraph.length() * 2));
        IngestResult r = read(f);
        assertEquals(1, r.documents().size());
        assertEquals(Ingestor.MAX_BODY_CHARS, r.documents().get(0).body().length());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.notice() && p.reason().startsWith("only the first")),
                r.problems().toString());
    }

    @Test
    void unclosedSgmlDocumentsAreBoundedAndNamed() throws IOException {
        Path f = dir.resolve("broken.sgml");
        Files.writeString(f, "<DOC><TEXT>".repeat(20_000));
        IngestResult r = read(f);
        assertTrue(r.documents().isEmpty());
        assertTrue(
                r.problems().size() <= 20,
                "reported in a few lines, not 20,000: " + r.problems().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("more <DOC> elements without text")));
        // A closed document after unclosed ones is still read.
        Files.writeString(f, "<DOC><TEXT>\n<DOC><DOCNO> X1 </DOCNO><TEXT><P>" + GOOD + "</P></TEXT></DOC>");
        assertEquals(
                List.of("X1"), read(f).documents().stream().map(Document::id).toList());
    }

    @Test
    void anOverlongIdIsRefusedByNameAndTheOthersKept() throws IOException {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(
                f,
                "{\"id\":\"" + "x".repeat(2_100) + "\",\"text\":\"" + GOOD + "\"}\n{\"id\":\"ok\",\"text\":\"" + GOOD
                        + "\"}\n");
        IngestResult r = read(f);
        assertEquals(List.of("ok"), r.documents().stream().map(Document::id).toList());
        assertEquals(
                "id is 2,100 characters long; the limit is 512",
                r.problems().get(0).reason());
    }

    @Test
    void aFolderThatCannotBeListedCostsOnlyItself() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Path loop = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(loop.resolve("back"), dir); // a link back up: the walk must not loop or stop
        IngestResult r = read(dir);
        assertEquals(
                List.of("good"),
                r.documents().stream().map(Document::id).toList(),
                r.problems().toString());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.reason().contains("loops back")),
                r.problems().toString());
    }

    @Test
    void namesArePrintedWithoutControlOrBidiCharacters() {
        Problem p = new Problem("evil\nname\u202Etxt.exe", "empty file");
        assertEquals("evil\\u000Aname\\u202Etxt.exe: empty file", p.toString());
        assertFalse(p.toString().contains("\n"));
    }
}
