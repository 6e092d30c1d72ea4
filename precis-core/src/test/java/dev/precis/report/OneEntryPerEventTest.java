package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later articles recalling a day's event add sources to its entry, not entries (texts written for this test). */
class OneEntryPerEventTest {
    private static final LocalDate CLOSED = LocalDate.of(2024, 3, 12);

    private static Document doc(String id, LocalDate published, String body) {
        return new Document(id, null, "Ostravale Post", null, published, body, id);
    }

    private static List<TimelineEntry> timeline(List<Document> docs) {
        return new TimelineBuilder()
                .build(Precis.builder().build().prepare(docs, new ArrayList<>()).documents());
    }

    /** The entries of the day the bridge closed. */
    private static List<TimelineEntry> onTheDay(List<TimelineEntry> timeline) {
        return timeline.stream().filter(t -> CLOSED.equals(t.date())).toList();
    }

    @Test
    void recollectionsFoldIntoTheEntryOfTheirDay() {
        List<Document> docs = List.of(
                doc(
                        "closed",
                        CLOSED,
                        "Engineers closed the Ostravale harbour bridge on Tuesday after finding cracks in two supports.\n\n"
                                + "*Tuesday\n\n(Mira Holm is the Post's harbour reporter.)\n\n"
                                // a wire photo package's caption, dated the day it moved, is no event
                                + "(OP12) OSTRAVALE -- March 12, 2024 -- FERRY-FESTIVAL, 03-12 -- Dancers rehearse"
                                + " for the ferry festival on the quay on Tuesday evening."),
                doc(
                        "inquiry",
                        CLOSED.plusDays(20),
                        "The council opened an inquiry into the March 12 closure of the harbour bridge, its clerk said."),
                doc(
                        "repairs",
                        CLOSED.plusDays(30),
                        "Repairs are running late, a month after the bridge was shut on March 12 when supports cracked."));
        List<TimelineEntry> timeline = timeline(docs);
        List<TimelineEntry> thatDay = onTheDay(timeline);
        assertEquals(1, thatDay.size(), timeline.toString());
        assertTrue(thatDay.get(0).text().startsWith("Engineers closed"), thatDay.toString());
        assertEquals(List.of(0, 1, 2), thatDay.get(0).documents());
        assertFalse(timeline.stream()
                .anyMatch(t -> t.text().contains("*Tuesday") || t.text().startsWith("(")));
    }

    @Test
    void oneWireReportInTwoPapersADayApartIsOneEntry() {
        // Wednesday March 13 and the next day's paper, which calls the same day "today"
        List<Document> docs = List.of(
                doc(
                        "wed",
                        CLOSED.plusDays(1),
                        "The harbour board will spend more than $10 million a year on the bridge, its officials said Wednesday."),
                doc(
                        "thu",
                        CLOSED.plusDays(2),
                        "The harbour board will spend more than $10 million a year on the bridge, its officials said today."));
        List<TimelineEntry> timeline = timeline(docs);
        assertEquals(1, timeline.size(), timeline.toString());
        assertEquals(List.of(0, 1), timeline.get(0).documents());
    }

    @Test
    void aSentenceRecallingItsArticlesEventJoinsThatEntry() {
        List<Document> docs = List.of(doc(
                "vote",
                CLOSED,
                "The Ostravale council voted on Tuesday to close the harbour bridge for repairs.\n\n"
                        + "Engineers had warned for months that two supports were cracking.\n\n"
                        + "More than 200 residents came to the hall, and the purpose of the hearing Tuesday was to"
                        + " hear their objections.\n\n"
                        + "Separately, a ferry ran aground on Tuesday near the lighthouse, the coast guard said."));
        List<TimelineEntry> timeline = timeline(docs);
        List<TimelineEntry> thatDay = onTheDay(timeline);
        // the hearing is the vote's; the ferry is an event of its own
        assertEquals(2, thatDay.size(), timeline.toString());
        assertTrue(thatDay.get(0).text().startsWith("The Ostravale council voted"), thatDay.toString());
        assertTrue(thatDay.get(1).text().startsWith("Separately, a ferry"), thatDay.toString());
    }

    @Test
    void oneSpeakersWordsOnADayAreOneEntry() {
        List<Document> docs = List.of(doc(
                "mayor",
                CLOSED,
                "Mayor Anna Holm said on Tuesday that the harbour bridge would reopen in May.\n\n"
                        + "Engineers had warned for months that two supports were cracking.\n\n"
                        + "The repairs will cost $4 million, Holm told reporters on Tuesday.\n\n"
                        + "Separately, police said on Tuesday that a ferry ran aground near the lighthouse."));
        List<TimelineEntry> timeline = timeline(docs);
        List<TimelineEntry> thatDay = onTheDay(timeline);
        assertEquals(2, thatDay.size(), timeline.toString());
        assertTrue(thatDay.get(0).text().startsWith("Mayor Anna Holm said"), thatDay.toString());
        assertTrue(thatDay.get(1).text().startsWith("Separately, police"), thatDay.toString());
    }

    @Test
    void oneArticleTellingADaysEventTwiceInItsOwnWordsIsOneEntry() {
        List<Document> docs = List.of(
                doc(
                        "order",
                        CLOSED,
                        "The harbour board on Tuesday ordered Kestrel Ferries to rebuild the pier it damaged.\n\n"
                                + "Residents had complained for years about the noise of the ferries.\n\n"
                                + "The council closed the harbour bridge for repairs on Tuesday.\n\n"
                                + "The board on Tuesday ordered Kestrel Ferries to post a bond for the pier.\n\n"
                                + "A harbour bridge council committee met on Tuesday to name a new chair."),
                doc("queue", CLOSED, "Drivers waited for hours at the harbour bridge, which the council shut."),
                doc("reopen", CLOSED, "The council has not said when the harbour bridge will reopen."));
        List<TimelineEntry> thatDay = onTheDay(timeline(docs));
        // the board's two orders share words only their article uses; the council's two events
        // share only words every article of the story uses
        assertEquals(3, thatDay.size(), thatDay.toString());
        assertTrue(thatDay.get(0).text().startsWith("The harbour board on Tuesday ordered"), thatDay.toString());
        assertTrue(thatDay.stream().noneMatch(t -> t.text().startsWith("The board on Tuesday")), thatDay.toString());
    }
}
