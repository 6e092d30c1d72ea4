package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, stdout, and one-line messages on stderr. */
class CliIT {
    @TempDir
    Path dir;

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    static Path shared() {
        return dev.precis.Shared.seeds().getParent();
    }

    @Test
    void summarizesTheSeedsWithMarkersAndSources() {
        Cli.Run r = run("summarize", shared().resolve("seeds").toString());
        assertEquals(0, r.exit(), r.err());
        String[] parts = r.out().split("\nSources\n");
        assertEquals(2, parts.length, r.out());
        for (String line : parts[0].strip().split("\n")) {
            assertTrue(line.matches(".+ \\[\\d+(,\\d+)*\\]$"), "every sentence ends with its source markers: " + line);
        }
        assertTrue(parts[1].contains("[5] No deal on Syria as Obama and Putin meet \u2014 CNN"), parts[1]);
        assertTrue(parts[1].contains("[1] 000_7eb57155ee4e10d7, 2016-09-04"), parts[1]);
        assertEquals("", r.err(), "the seeds are read without complaint");
    }

    @Test
    void anUpdateSummarySaysWhatIsNewSinceTheSeenArticles() throws IOException {
        Path seeds = shared().resolve("seeds");
        Cli.Run r = run(
                "summarize",
                seeds.resolve("003_922b2d90c3582699.txt").toString(),
                seeds.resolve("004_da9d12f0e6c681db.txt").toString(),
                "--seen",
                seeds.resolve("000_7eb57155ee4e10d7.txt").toString(),
                seeds.resolve("001_b1386d27c5118593.txt").toString(),
                seeds.resolve("002_f1945c786f8eadba.txt").toString());
        assertEquals(0, r.exit(), r.err());
        String[] parts = r.out().split("\nSources\n");
        assertTrue(parts[0].startsWith("New since the 3 articles seen before ([1], [2], [3])\n"), r.out());
        for (String line : parts[0].strip().split("\n")) {
            if (!line.startsWith("New since")) {
                assertTrue(line.matches(".+ \\[[45](,\\d+)*\\]$"), "taken from a new article: " + line);
            }
        }
        Cli.Run json = run("summarize", seeds.toString(), "--since", "2016-09-05", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertTrue(root.get("seen").size() > 0, json.out());
        Cli.Run report = run("report", seeds.toString(), "--since", "2016-09-05", "--format", "json");
        assertEquals(0, report.exit(), report.err());
        JsonNode timeline = new ObjectMapper().readTree(report.out()).get("timeline");
        boolean anyNew = false;
        boolean anyOld = false;
        for (JsonNode t : timeline) {
            anyNew |= t.get("new").asBoolean();
            anyOld |= !t.get("new").asBoolean();
        }
        assertTrue(anyNew && anyOld, "the timeline marks what only the new articles report: " + timeline);
        Cli.Run bad = run("summarize", seeds.toString(), "--since", "last week");
        assertEquals(2, bad.exit());
    }

    @Test
    void jsonOutputFollowsTheDocumentedSchema() throws IOException {
        Cli.Run r = run(
                "summarize",
                "--format",
                "json",
                "--words",
                "60",
                shared().resolve("seeds").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("coverage", root.get("method").asText());
        assertTrue(root.get("words").asInt() <= 60);
        for (JsonNode s : root.get("sentences")) {
            assertTrue(s.get("text").isTextual());
            int source = s.get("source").asInt();
            assertTrue(source >= 1 && source <= 5);
            assertTrue(s.get("corroborating").isArray());
            assertTrue(s.get("position").isInt());
        }
        assertEquals(5, root.get("sources").size());
        JsonNode first = root.get("sources").get(0);
        assertEquals(1, first.get("number").asInt());
        assertEquals("2016-09-04", first.get("published").asText());
        assertTrue(root.get("skipped").isArray());
    }

    @Test
    void markdownOutput() {
        Cli.Run r = run(
                "summarize",
                "--format",
                "markdown",
                "--sentences",
                "2",
                "--words",
                "0",
                shared().resolve("seeds").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("## Summary\n"));
        assertTrue(r.out().contains("](#source-"));
        assertTrue(r.out().contains("## Sources"));
    }

    @Test
    void badFilesAreReportedByNameAndTheRestSummarized() throws IOException {
        Files.writeString(
                dir.resolve("good.txt"),
                "The council approved the new budget on Monday after a long debate. "
                        + "Spending on schools will rise by four percent next year.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 'J', 'F', 'I', 'F'});
        Cli.Run r = run("summarize", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("The council approved the new budget"));
        assertTrue(r.err().contains("skipped " + dir.resolve("empty.txt") + ": empty file"), r.err());
        assertTrue(r.err().contains("photo.jpg: binary file (not text)"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void nothingUsableIsAClearFailure() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Run r = run("summarize", dir.toString(), dir.resolve("missing.html").toString());
        assertEquals(Subcommand.NOTHING_USABLE, r.exit());
        assertTrue(r.err().contains("missing.html: no such file or folder"), r.err());
        assertTrue(r.err().contains("precis: no document could be summarized"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        Cli.Run r = run("summarize", "--method", "nonsense", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown method 'nonsense'"), r.err());
        Cli.Run format = run("summarize", "--format", "pdf", "x.txt");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("--format") && format.err().contains("'pdf'"), format.err());
    }

    @Test
    void storiesGroupsAMixedPileFoldsCopiesAndSummarisesEach() throws IOException {
        Path seeds = shared().resolve("seeds");
        try (var files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.copy(seeds.resolve("002_f1945c786f8eadba.txt"), dir.resolve("wire-copy.txt"));
        Files.writeString(
                dir.resolve("flood1.txt"),
                "Harbour floods after storm\n\nA storm flooded the harbour "
                        + "of Port Ellen on Tuesday and closed the coast road. Fishermen moved their boats inland as the harbour "
                        + "flooded again. The harbour master said the storm was the worst in twenty years.");
        Files.writeString(
                dir.resolve("flood2.txt"),
                "Storm closes harbour road\n\nThe coast road at Port Ellen stayed "
                        + "closed on Wednesday after the storm flooded the harbour. Crews pumped water from the harbour sheds "
                        + "and the fishermen counted damaged boats after the storm.");
        Cli.Run r = run("stories", "--words", "40", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String[] stories = r.out().split("=== Story ");
        assertEquals(3, stories.length, r.out());
        assertTrue(stories[1].startsWith("1: "), stories[1]);
        assertTrue(stories[1].contains("6 article(s), 2016-09-04"), "the Syria story is the largest: " + stories[1]);
        assertTrue(
                stories[1].contains("folded " + dir.resolve("wire-copy.txt") + " (copy of "
                                + dir.resolve("002_f1945c786f8eadba.txt") + ")")
                        || stories[1].contains("folded " + dir.resolve("002_f1945c786f8eadba.txt") + " (copy of "
                                + dir.resolve("wire-copy.txt") + ")"),
                stories[1]);
        assertTrue(
                stories[2].contains("Harbour floods after storm") && stories[2].contains("2 article(s)"), stories[2]);

        Cli.Run json = run("stories", "--format", "json", dir.toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(2, root.get("stories").size());
        assertEquals(6, root.get("stories").get(0).get("size").asInt());
        assertEquals(1, root.get("stories").get(0).get("folded").size());
        assertTrue(root.get("stories").get(0).get("summary").get("sentences").size() > 0);
    }

    @Test
    void clusterEvalScoresGroupingAgainstFolderLabels() {
        Cli.Run r = run("cluster-eval", shared().resolve("data/duc2006/docs").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("750 articles from"), r.out());
        String batch =
                r.out().lines().filter(l -> l.startsWith("batch ")).findFirst().orElseThrow();
        double f1 = Double.parseDouble(batch.trim().split("\\s+")[5]);
        assertTrue(f1 >= 0.90, batch);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("online ")), r.out());
    }

    @Test
    void evalPrintsTheTableForChosenMethods() {
        Cli.Run r = run(
                "eval", shared().resolve("data/duc2006").toString(), "--methods", "lead,coverage", "--clusters", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("duc2006: 2 clusters, 250 words, generic"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("lead ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("coverage ")), r.out());
        assertTrue(r.out().contains("ROUGE-2 R (95% CI)"));
    }

    @Test
    void reportOnTheSeedsInEveryFormat() throws IOException {
        Cli.Run text = run("report", shared().resolve("seeds").toString());
        assertEquals(0, text.exit(), text.err());
        for (String section :
                new String[] {"SUMMARY", "WHO", "QUOTES", "TIMELINE", "WHERE SOURCES DISAGREE", "SOURCES"}) {
            assertTrue(text.out().contains("\n" + section + "\n") || text.out().startsWith(section + "\n"), section);
        }
        assertTrue(text.out().contains("Sergey Lavrov (person; Russian Foreign Minister) 5 sources"), text.out());
        assertTrue(text.out().contains("2016-09-03"), "on Saturday, resolved");
        assertTrue(
                text.out().matches("(?s).*\\.\\.\\. and \\d+ more named once in one source.*"),
                "the text output says how many entities it leaves out");

        Cli.Run json =
                run("report", "--format", "json", shared().resolve("seeds").toString());
        assertEquals(0, json.exit(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        for (String field : new String[] {"sentences", "sources", "entities", "quotes", "timeline", "disagreements"}) {
            assertTrue(root.get(field).isArray(), field);
        }
        JsonNode quote = root.get("quotes").get(0);
        assertTrue(quote.get("speaker").isTextual() && quote.get("sources").isArray());
        assertTrue(root.get("timeline").get(0).has("precision"));

        Cli.Run html =
                run("report", "--format", "html", shared().resolve("seeds").toString());
        assertEquals(0, html.exit(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        assertTrue(html.out().contains("<h2>Where sources disagree</h2>"));
        assertTrue(html.out().contains("href=\"#source-1\""));

        Cli.Run markdown =
                run("report", "--format", "markdown", shared().resolve("seeds").toString());
        assertEquals(0, markdown.exit(), markdown.err());
        assertTrue(markdown.out().contains("## Timeline"));
    }

    @Test
    void reportOnNothingUsableSaysSo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Run r = run("report", empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertEquals(
                2, run("report", "--format", "pdf", empty.toString()).exit(), "an unknown format is a usage error");
    }
}
