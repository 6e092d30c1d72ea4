package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wire dateline's place counts as a mention in its article (articles written for this test). */
class DatelinePlacesTest {
    @Test
    void anAllCapsDatelineNamesThePlaceInItsArticle() {
        List<Document> docs = List.of(
                new Document(
                        "a",
                        "Talks",
                        null,
                        null,
                        LocalDate.of(2024, 3, 12),
                        "OSTRAVALE, March 12 (Wire) — The two ministers met for ninety minutes on Tuesday.",
                        "a"),
                new Document(
                        "b",
                        "Talks",
                        null,
                        null,
                        LocalDate.of(2024, 3, 12),
                        "The two ministers met in Ostravale on Tuesday, officials said.",
                        "b"));
        StoryReport r = Precis.builder().build().report(docs, Section.all());
        Entity place = r.entities().stream()
                .filter(e -> e.name().equals("Ostravale"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.entities().toString()));
        assertEquals(Entity.Type.PLACE, place.type());
        assertEquals(List.of(0, 1), place.documents(), "the dateline is a mention in the first article");
    }

    @Test
    void shoutedWordsAreTitleCasedAndOthersKept() {
        assertEquals("Pine Ridge, S.D.", DatelinePlaces.titleCase("PINE RIDGE, S.D."));
        assertEquals("Wilkes-Barre, Pa.", DatelinePlaces.titleCase("WILKES-BARRE, Pa."));
        assertEquals("Hangzhou, China", DatelinePlaces.titleCase("HANGZHOU, China"));
    }
}
