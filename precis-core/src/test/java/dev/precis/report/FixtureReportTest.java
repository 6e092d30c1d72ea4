package dev.precis.report;

import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.TimelineEntry;
import dev.precis.model.Disagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.Precis;
import dev.precis.model.Document;

/** The report's rules on small articles written for this test (no third-party text). */
class FixtureReportTest {
    private static final Precis PRECIS = Precis.builder().words(50).build();

    private static Document article(String id, LocalDate published, String... paragraphs) {
        return new Document(id, null, null, null, published, String.join("\n\n", paragraphs), id);
    }

    @Test
    void sameFigureInWordsAndDigitsAgreesADifferentOneDisagrees() {
        String common = "The mayors met at the harbour summit in Brindle on Tuesday, the council said.";
        StoryReport agree = PRECIS.report(List.of(
                article("a", null, common, "The two mayors met for 90 minutes at the harbour summit in Brindle."),
                article("b", null, common, "The mayors talked for ninety minutes at the harbour summit in Brindle.")), Section.all());
        assertTrue(agree.disagreements().isEmpty(), agree.disagreements().toString());

        StoryReport disagree = PRECIS.report(List.of(
                article("a", null, common, "The two mayors met for 90 minutes at the harbour summit in Brindle."),
                article("b", null, common, "The mayors talked for three hours at the harbour summit in Brindle.")), Section.all());
        assertEquals(1, disagree.disagreements().size(), disagree.disagreements().toString());
        List<String> figures = disagree.disagreements().get(0).versions().stream().map(Disagreement.Version::figure).toList();
        assertTrue(figures.containsAll(List.of("90 minutes", "three hours")), figures.toString());
    }

    @Test
    void tollsOfDifferentPlacesAreNotComparedAsOne() {
        StoryReport r = PRECIS.report(List.of(
                article("a", null, "Floods killed 40 people in Ostravale and 3 people in Kemmer on Friday, officials said."),
                article("b", null, "Officials said the floods killed 45 people in Ostravale on Friday.")), Section.all());
        assertEquals(1, r.disagreements().size(), r.disagreements().toString());
        List<String> figures = r.disagreements().get(0).versions().stream().map(Disagreement.Version::figure).toList();
        assertTrue(figures.containsAll(List.of("40 people", "45 people")), figures.toString());
        assertTrue(figures.stream().noneMatch(f -> f.startsWith("3 ")), figures.toString());
    }

    @Test
    void aDatelessArticleGivesUndatedEntriesAndADatedOneResolves() {
        StoryReport r = PRECIS.report(List.of(
                article("dated", LocalDate.of(2024, 3, 14), "Governor Ada Quill signed the harbour bill on Tuesday, her office said."),
                article("dateless", null, "Governor Ada Quill signed the harbour bill on Tuesday, her office said.",
                        "Dock workers will strike on Friday, union leader Tom Brasco said.")), Section.all());
        TimelineEntry signed = r.timeline().stream().filter(t -> t.text().contains("signed")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 12), signed.date(), "Thursday 2024-03-14 looks back to Tuesday");
        TimelineEntry strike = r.timeline().stream().filter(t -> t.text().contains("strike")).findFirst().orElseThrow();
        assertNull(strike.date(), "no publication date: no date guessed");
        Entity quill = r.entities().stream().filter(e -> e.name().equals("Ada Quill")).findFirst().orElseThrow();
        assertEquals("Governor", quill.role());
        assertEquals(2, quill.documents().size());
    }

    @Test
    void quoteSpeakersBeforeAndAfterTheQuote() {
        StoryReport r = PRECIS.report(List.of(article("a", null,
                "Mayor Lena Ortvik opened the new bridge over the Skarn river on Monday.",
                "\u201CThis bridge joins two halves of one city,\u201D Ortvik said. \u201CIt took nine years.\u201D",
                "Engineer Paul Danner added: \u201CThe steel came from three countries.\u201D",
                "Asked about the cost, he said, \u201CIt stayed within the budget we set.\u201D")), Section.all());
        Quote joins = r.quotes().stream().filter(q -> q.text().startsWith("This bridge")).findFirst().orElseThrow();
        assertEquals("Lena Ortvik", joins.speaker());
        Quote years = r.quotes().stream().filter(q -> q.text().startsWith("It took")).findFirst().orElseThrow();
        assertEquals("Lena Ortvik", years.speaker(), "a quote after the attributed one continues it");
        Quote steel = r.quotes().stream().filter(q -> q.text().startsWith("The steel")).findFirst().orElseThrow();
        assertEquals("Paul Danner", steel.speaker());
        Quote budget = r.quotes().stream().filter(q -> q.text().startsWith("It stayed")).findFirst().orElseThrow();
        assertEquals("Paul Danner", budget.speaker(), "'he' is the person last named");
    }

    @Test
    void similarNamesOfDifferentPlacesStayApartAndLanguagesAreNotPlaces() {
        StoryReport r = PRECIS.report(List.of(
                article("a", null, "Farmers in Hunan protested on Monday, officials in Hunan said.", "Reports were printed in French."),
                article("b", null, "Farmers in Henan protested on Monday, officials in Henan said.")), Section.all());
        List<String> names = r.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Hunan") && names.contains("Henan"), names.toString());
        assertTrue(!names.contains("French") && !names.contains("Monday"), names.toString());
    }
}
