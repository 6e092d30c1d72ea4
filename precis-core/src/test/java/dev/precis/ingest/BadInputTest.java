package dev.precis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.model.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file is reported by name with a one-line reason and skipped; the rest of the batch is read. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfBadFileIsReportedAndTheGoodOneRead() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "The council approved the budget on Monday.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "   \n\n  ");
        Files.write(
                dir.resolve("image.jpg"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Files.write(dir.resolve("random.bin"), new byte[] {
            (byte) 0x81,
            (byte) 0x8D,
            (byte) 0x8F,
            (byte) 0x90,
            (byte) 0x9D,
            (byte) 0x81,
            (byte) 0x8D,
            (byte) 0x8F,
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8
        });
        Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\", \"text\": \n{{{\n");
        Files.writeString(
                dir.resolve("broken.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x");
        Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        try (RandomAccessFile huge =
                new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(Ingestor.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        IngestResult r = new Ingestor().ingest(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(1, r.documents().size());
        assertEquals("good", r.documents().get(0).id());
        Map<String, String> reasons = r.problems().stream()
                .collect(Collectors.toMap(
                        p -> Path.of(p.name()).getFileName().toString(), Problem::reason, (a, b) -> a + "; " + b));
        assertEquals("empty file", reasons.get("empty.txt"));
        assertEquals("empty file", reasons.get("blank.txt"));
        assertEquals("binary file (not text)", reasons.get("image.jpg"));
        assertTrue(
                reasons.get("random.bin").startsWith("binary file")
                        || reasons.get("random.bin").startsWith("undecodable"),
                reasons.get("random.bin"));
        assertTrue(reasons.get("broken.jsonl").startsWith("no readable article"), reasons.toString());
        assertTrue(reasons.get("broken.rss").startsWith("malformed feed"), reasons.get("broken.rss"));
        assertTrue(reasons.get("menu.html").contains("no readable article text"), reasons.get("menu.html"));
        assertTrue(reasons.get("huge.txt").startsWith("too large"), reasons.get("huge.txt"));
        assertEquals("no such file or folder", reasons.get("missing.txt"));
        for (Problem p : r.problems()) {
            assertTrue(!p.reason().contains("\n") && !p.reason().contains("Exception"), "one plain line: " + p);
        }
    }

    @Test
    void latin1TextIsReadWithAWarning() throws IOException {
        Files.write(
                dir.resolve("latin1.txt"),
                "Caf\u00e9 owners in S\u00e3o Paulo protested on Monday.".getBytes(Charset.forName("ISO-8859-1")));
        IngestResult r = new Ingestor().ingest(List.of(dir.resolve("latin1.txt")));
        assertEquals(
                "Caf\u00e9 owners in S\u00e3o Paulo protested on Monday.",
                r.documents().get(0).body());
        assertEquals(
                "not valid UTF-8; read as Windows-1252", r.problems().get(0).reason());
    }

    @Test
    void utf16WithBomIsRead() throws IOException {
        Files.write(dir.resolve("u16.txt"), "\uFEFFThe talks failed on Monday.".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(
                "The talks failed on Monday.",
                new Ingestor()
                        .ingest(List.of(dir.resolve("u16.txt")))
                        .documents()
                        .get(0)
                        .body());
    }

    @Test
    void aPageInTheEncodingItDeclaresIsReadInIt() throws IOException {
        // An archive's copy puts its own script, labelled UTF-8, before the page's declaration.
        String page = "<html><head><script src='/bundle.js' charset='utf-8'></script>"
                + "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head>"
                + "<body><p>\u6cb3\u5317\u519c\u5927\u679c\u6811\u73ed\u6bd5\u4e1a\u751f\u7fa4\u4f53\u5b66\u4e60"
                + "\u7684\u70ed\u6f6e\u6b63\u5728\u5168\u7701\u5404\u5730\u6df1\u5165\u5f00\u5c55\u3002</p></body></html>";
        Files.write(dir.resolve("gb.html"), page.getBytes(java.nio.charset.Charset.forName("GB2312")));
        IngestResult r = new Ingestor().ingest(List.of(dir.resolve("gb.html")));
        assertEquals(
                "\u6cb3\u5317\u519c\u5927\u679c\u6811\u73ed\u6bd5\u4e1a\u751f\u7fa4\u4f53\u5b66\u4e60"
                        + "\u7684\u70ed\u6f6e\u6b63\u5728\u5168\u7701\u5404\u5730\u6df1\u5165\u5f00\u5c55\u3002",
                r.documents().get(0).body());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void textTypedWithCombiningMarksIsReadComposed() throws IOException {
        Files.writeString(dir.resolve("nfd.txt"), "Gurte sollten mo\u0308glichst geradlinig verlaufen.");
        assertEquals(
                "Gurte sollten m\u00f6glichst geradlinig verlaufen.",
                new Ingestor()
                        .ingest(List.of(dir.resolve("nfd.txt")))
                        .documents()
                        .get(0)
                        .body());
    }
}
