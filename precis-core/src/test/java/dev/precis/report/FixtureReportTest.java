package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Disagreement;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's rules on small articles written for this test (no third-party text). */
class FixtureReportTest {
    private static final Precis PRECIS = Precis.builder().words(50).build();

    private static Document article(String id, LocalDate published, String... paragraphs) {
        return new Document(id, null, null, null, published, String.join("\n\n", paragraphs), id);
    }

    /** Two articles with a sentence in common, then one sentence each. */
    private static StoryReport pair(String first, String second) {
        String common = "The mayors met at the harbour summit in Brindle on Tuesday, the council said.";
        return PRECIS.report(
                List.of(article("a", null, common, first), article("b", null, common, second)), Section.all());
    }

    @Test
    void sameFigureInWordsAndDigitsAgreesADifferentOneDisagrees() {
        String ninety = "The two mayors met for 90 minutes at the harbour summit in Brindle.";
        StoryReport agree = pair(ninety, "The mayors talked for ninety minutes at the harbour summit in Brindle.");
        assertTrue(agree.disagreements().isEmpty(), agree.disagreements().toString());

        StoryReport disagree = pair(ninety, "The mayors talked for three hours at the harbour summit in Brindle.");
        assertEquals(
                1, disagree.disagreements().size(), disagree.disagreements().toString());
        List<String> figures = disagree.disagreements().get(0).versions().stream()
                .map(Disagreement.Version::figure)
                .toList();
        assertTrue(figures.containsAll(List.of("90 minutes", "three hours")), figures.toString());
    }

    @Test
    void tollsOfDifferentPlacesAreNotComparedAsOne() {
        StoryReport r = PRECIS.report(
                List.of(
                        article(
                                "a",
                                null,
                                "Floods killed 40 people in Ostravale and 3 people in Kemmer on Friday, officials said."),
                        article("b", null, "Officials said the floods killed 45 people in Ostravale on Friday.")),
                Section.all());
        assertEquals(1, r.disagreements().size(), r.disagreements().toString());
        List<String> figures = r.disagreements().get(0).versions().stream()
                .map(Disagreement.Version::figure)
                .toList();
        assertTrue(figures.containsAll(List.of("40 people", "45 people")), figures.toString());
        assertTrue(figures.stream().noneMatch(f -> f.startsWith("3 ")), figures.toString());
    }

    @Test
    void aDatelessArticleGivesUndatedEntriesAndADatedOneResolves() {
        StoryReport r = PRECIS.report(
                List.of(
                        article(
                                "dated",
                                LocalDate.of(2024, 3, 14),
                                "Governor Ada Quill signed the harbour bill on Tuesday, her office said."),
                        article(
                                "dateless",
                                null,
                                "Governor Ada Quill signed the harbour bill on Tuesday, her office said.",
                                "Dock workers will strike on Friday, union leader Tom Brasco said.")),
                Section.all());
        TimelineEntry signed = first(r.timeline(), t -> t.text().contains("signed"));
        assertEquals(LocalDate.of(2024, 3, 12), signed.date(), "Thursday 2024-03-14 looks back to Tuesday");
        TimelineEntry strike = first(r.timeline(), t -> t.text().contains("strike"));
        assertNull(strike.date(), "no publication date: no date guessed");
        Entity quill = first(r.entities(), e -> e.name().equals("Ada Quill"));
        assertEquals("Governor", quill.role());
        assertEquals(2, quill.documents().size());
    }

    @Test
    void quoteSpeakersBeforeAndAfterTheQuote() {
        StoryReport r = PRECIS.report(
                List.of(article(
                        "a",
                        null,
                        "Mayor Lena Ortvik opened the new bridge over the Skarn river on Monday.",
                        "\u201CThis bridge joins two halves of one city,\u201D Ortvik said. \u201CIt took nine years.\u201D",
                        "Engineer Paul Danner added: \u201CThe steel came from three countries.\u201D",
                        "Asked about the cost, he said, \u201CIt stayed within the budget we set.\u201D")),
                Section.all());
        Quote joins = first(r.quotes(), q -> q.text().startsWith("This bridge"));
        assertEquals("Lena Ortvik", joins.speaker());
        Quote years = first(r.quotes(), q -> q.text().startsWith("It took"));
        assertEquals("Lena Ortvik", years.speaker(), "a quote after the attributed one continues it");
        Quote steel = first(r.quotes(), q -> q.text().startsWith("The steel"));
        assertEquals("Paul Danner", steel.speaker());
        Quote budget = first(r.quotes(), q -> q.text().startsWith("It stayed"));
        assertEquals("Paul Danner", budget.speaker(), "'he' is the person last named");
    }

    @Test
    void partialQuotesAreTheirSpeakersWhenTheSentenceNamesOne() {
        StoryReport r = PRECIS.report(
                List.of(article(
                        "a",
                        null,
                        "Mayor Lena Ortvik opened the new bridge over the Skarn river on Monday.",
                        "The two councils worked \u201Caround the clock\u201D to finish it, Ortvik told reporters.",
                        "Ortvik, speaking at the harbour on Tuesday, said the councils still have "
                                + "\u201Cdeep differences\u201D about the tolls.",
                        "The so-called \u201Cgreen bridge\u201D carries no cars.",
                        "Engineer Paul Danner built it.",
                        "Ortvik said the tolls were \u201Ca fair price\u201D for drivers, and Danner told reporters they were too high.",
                        "Ortvik said on \u201CMorning Harbour News\u201D that the tolls would fall.")),
                Section.all());
        assertEquals(
                "Lena Ortvik",
                first(r.quotes(), q -> q.text().equals("around the clock")).speaker());
        assertEquals(
                "Lena Ortvik",
                first(r.quotes(), q -> q.text().equals("deep differences")).speaker());
        assertEquals(
                "Lena Ortvik",
                first(r.quotes(), q -> q.text().equals("a fair price")).speaker(),
                "the speech verb before the quoted words is the one that introduces them");
        assertTrue(
                r.quotes().stream().noneMatch(q -> q.text().equals("green bridge")),
                "scare quotes in a sentence that names no speaker are no quote: " + r.quotes());
        assertTrue(
                r.quotes().stream().noneMatch(q -> q.text().equals("Morning Harbour News")),
                "a programme's name is no quote: " + r.quotes());
    }

    @Test
    void similarNamesOfDifferentPlacesStayApartAndLanguagesAreNotPlaces() {
        StoryReport r = PRECIS.report(
                List.of(
                        article(
                                "a",
                                null,
                                "Farmers in Hunan protested on Monday, officials in Hunan said.",
                                "Reports were printed in French."),
                        article("b", null, "Farmers in Henan protested on Monday, officials in Henan said.")),
                Section.all());
        List<String> names = r.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Hunan") && names.contains("Henan"), names.toString());
        assertTrue(!names.contains("French") && !names.contains("Monday"), names.toString());
    }

    /** The first item that matches; fails the test when none does. */
    private static <T> T first(java.util.List<T> items, java.util.function.Predicate<T> matches) {
        return items.stream()
                .filter(matches)
                .findFirst()
                .orElseThrow(() -> new AssertionError("none matches in " + items));
    }
}
