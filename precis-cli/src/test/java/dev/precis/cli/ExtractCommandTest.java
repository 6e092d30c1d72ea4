package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis extract} on the project's examples: one JSON object per article, bad input skipped by name. */
class ExtractCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void jsonLinesCarryEveryArticlesMetadataAndText(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.html");
        Files.writeString(bad, "<html><body><nav>Home</nav></body></html>");
        Cli.Run r = Cli.run("extract", "--format", "jsonl", EXAMPLES.toString(), bad.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out()); // two feed entries, the page, the wire text
        JsonNode page = null;
        for (String line : lines) {
            JsonNode n = Json.MAPPER.readTree(line);
            for (String field : new String[] {"origin", "title", "published", "source", "url", "language", "text"}) {
                assertTrue(n.has(field), field + " in " + line);
            }
            assertEquals("en", n.get("language").asText(), line);
            if (n.get("origin").asText().endsWith("harbour-herald.html")) {
                page = n;
            }
        }
        assertEquals("Bridge opens, ferries to stop", page.get("title").asText());
        assertEquals("2025-03-12", page.get("published").asText());
        assertEquals("The Ostravale Herald", page.get("source").asText());
        assertTrue(page.get("text").asText().startsWith("Ostravale's harbour bridge opened on Wednesday"));
        assertTrue(r.err().contains("broken.html"), "the bad page is named on stderr: " + r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void languageIsDetectedForOtherLanguages() {
        assertEquals(
                "de",
                dev.precis.text.Languages.detect(
                        "Die Stadt hat am Mittwoch die neue Brücke über den Hafen eröffnet, nach neun Jahren Bauzeit."));
        assertEquals(null, dev.precis.text.Languages.detect("Too short."));
    }
}
