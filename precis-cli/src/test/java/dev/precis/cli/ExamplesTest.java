package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's own examples (../examples) work without ../shared, as the README promises. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void summarizeExamplesAttributesEveryReport() {
        assertTrue(Files.isDirectory(EXAMPLES), "examples folder at " + EXAMPLES.toAbsolutePath());
        Cli.Run r = Cli.run("summarize", EXAMPLES.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "every example is readable");
        assertTrue(r.out().contains("harbour bridge"), r.out());
        for (String file : new String[] {"harbour-wire.txt", "harbour-herald.html"}) {
            assertTrue(r.out().contains(file), file + " among the sources: " + r.out());
        }
        assertTrue(r.out().contains("Radio Ostravale"), "the JSON Lines entries name their outlet: " + r.out());
        assertTrue(r.out().contains("The Ostravale Herald"), "the HTML page's outlet is read: " + r.out());
    }

    @Test
    void storiesFindsOneStory() {
        Cli.Run r = Cli.run("stories", EXAMPLES.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("=== Story 1:") && !r.out().contains("=== Story 2:"), r.out());
        assertTrue(r.out().contains("4 article(s), 2025-03-12 to 2025-03-13"), r.out());
    }

    @Test
    void benchTimesEveryStage() {
        Cli.Run r = Cli.run("bench", "--runs", "1", EXAMPLES.toString());
        assertEquals(0, r.exit(), r.err());
        for (String stage : new String[] {"read", "clean", "analyse", "fold", "group", "summarise", "report"}) {
            assertTrue(r.out().contains("| " + stage + " |"), stage + ": " + r.out());
        }
        assertTrue(r.out().contains("cores"), r.out());
    }
}
