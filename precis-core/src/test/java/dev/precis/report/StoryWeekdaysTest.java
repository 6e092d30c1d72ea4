package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An undated article's weekdays take the days the story's other sources give them (articles written for this test). */
class StoryWeekdaysTest {
    private static Document article(String id, LocalDate published, String text) {
        return new Document(id, "Harbour talks", "Ostravale Post", null, published, text, id);
    }

    /** The timeline entry of the undated article. */
    private static TimelineEntry entry(List<Document> articles) {
        return new TimelineBuilder()
                        .build(Precis.builder()
                                .build()
                                .prepare(articles, new ArrayList<>())
                                .documents())
                        .stream()
                        .filter(t -> t.documents().contains(articles.indexOf(UNDATED)))
                        .findFirst()
                        .orElseThrow();
    }

    private static final Document DATED = article(
            "dated",
            LocalDate.of(2024, 3, 14),
            "The harbour board of Ostravale met the ferry unions on Tuesday to settle the strike.");
    private static final Document UNDATED =
            article("undated", null, "Ferry pilots walked out of the harbour talks in Ostravale on Tuesday.");

    @Test
    void anUndatedArticlesWeekdayIsTheStorysDay() {
        assertEquals(LocalDate.of(2024, 3, 12), entry(List.of(DATED, UNDATED)).date());
    }

    @Test
    void onlyWhenTheStorysArticlesLieWithinAWeek() {
        Document later = article(
                "later",
                LocalDate.of(2024, 3, 29),
                "The ferry unions of Ostravale ended their strike on Friday after the harbour board paid.");
        assertNull(entry(List.of(DATED, UNDATED, later)).date(), "two weeks apart: Tuesday is ambiguous");
        assertNull(entry(List.of(UNDATED)).date(), "alone, an undated article's Tuesday stays undated");
    }

    @Test
    void anUndatedArticlesTodayIsTheDayItsQuotationsWereDated() {
        Document dated = article(
                "dated",
                LocalDate.of(2024, 3, 14),
                "\u201CThe repairs will take all summer,\u201D Mayor Anna Holm said at the harbour.");
        Document undated = article(
                "undated",
                null,
                "The Ostravale harbour bridge will stay closed until September, Mayor Anna Holm said today.\n\n"
                        + "\"The repairs will take all summer,\" Holm said.");
        List<TimelineEntry> timeline = new TimelineBuilder()
                .build(Precis.builder()
                        .build()
                        .prepare(List.of(dated, undated), new ArrayList<>())
                        .documents());
        TimelineEntry today = timeline.stream()
                .filter(t -> t.text().contains("said today"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 14), today.date(), timeline.toString());
    }
}
