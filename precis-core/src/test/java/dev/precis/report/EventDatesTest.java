package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.Precis;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.summarize.StoryOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day each sentence tells of, and the story order it gives (texts written for this test). */
class EventDatesTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 18);

    private final Corpus corpus = Precis.builder()
            .build()
            .prepare(
                    List.of(
                            new Document(
                                    "closed",
                                    null,
                                    "Ostravale Post",
                                    null,
                                    MONDAY,
                                    "Engineers closed the harbour bridge in Ostravale on Monday after finding cracks in two supports.\n\n"
                                            + "Mayor Lena Ortvik had warned on Saturday that the bridge needed repairs.",
                                    "closed"),
                            new Document(
                                    "repairs",
                                    null,
                                    "Harbour Herald",
                                    null,
                                    null,
                                    "Repairs to the Ostravale bridge began on Monday, the council said.\n\n"
                                            + "Workers expect to need three weeks for the two supports.",
                                    "repairs"),
                            new Document(
                                    "history",
                                    null,
                                    "Harbour Herald",
                                    null,
                                    null,
                                    "The first bridge at Ostravale was opened on May 2, 1911.",
                                    "history")),
                    new ArrayList<>());

    @Test
    void aSentenceTellsOfTheDayItNamesOrElseOfItsArticlesDay() {
        EventDates days = EventDates.of(corpus.documents());
        assertEquals(MONDAY, days.of(0, 0));
        assertEquals(MONDAY.minusDays(2), days.of(0, 1), "Saturday, before the Monday article");
        assertEquals(MONDAY, days.of(1, 0), "the undated article's Monday is the story's");
        assertEquals(MONDAY, days.of(1, 1), "an undated article's day is the latest it tells of");
        assertEquals(LocalDate.of(1911, 5, 2), days.of(2, 0));
    }

    @Test
    void inAStoryOfDatedArticlesEachSentenceIsDatedWhenAsked() {
        Corpus dated = Precis.builder()
                .build()
                .prepare(List.of(corpus.documents().get(0).document()), new ArrayList<>());
        EventDates days = EventDates.of(dated.documents());
        assertEquals(MONDAY.minusDays(2), days.of(0, 1));
        assertEquals(MONDAY, days.of(0, 0));
    }

    @Test
    void anUndatedArticleTellingOnlyOfHistoryHasNoDay() {
        Corpus history = Precis.builder()
                .build()
                .prepare(
                        List.of(
                                new Document("a", null, null, null, MONDAY, "The bridge closed on Monday.", "a"),
                                new Document(
                                        "b",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "The first bridge opened on May 2, 1911.\n\nIt carried trams for fifty years.",
                                        "b")),
                        new ArrayList<>());
        assertNull(EventDates.of(history.documents()).of(1, 1));
    }

    @Test
    void theSummaryLeadsWithItsFirstChoiceAndTellsTheRestInTheOrderOfTheirDays() {
        Sentence closed = corpus.documents().get(0).sentences().get(0);
        Sentence warned = corpus.documents().get(0).sentences().get(1);
        Sentence workers = corpus.documents().get(1).sentences().get(1);
        // Chosen in this order: the main event first.
        List<Sentence> ordered = StoryOrder.sort(List.of(workers, closed, warned), corpus);
        assertEquals(List.of(workers, warned, closed), ordered);
        assertEquals(List.of(closed, warned, workers), StoryOrder.sort(List.of(closed, workers, warned), corpus));
    }
}
