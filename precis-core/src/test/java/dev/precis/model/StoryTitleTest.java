package dev.precis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's title is the headline that best covers it (headlines written for this test). */
class StoryTitleTest {
    private static Document titled(String id, String title) {
        return new Document(id, title, null, null, null, "Text.", id);
    }

    @Test
    void theMostCentralHeadlineNotTheFirst() {
        assertEquals(
                "Airliner crashes off Nantucket with 217 aboard",
                StoryReport.titleOf(List.of(
                        titled("a", "The quiet return of luxury air travel"),
                        titled("b", "Airliner crashes off Nantucket with 217 aboard"),
                        titled("c", "Search for airliner wreckage off Nantucket"),
                        titled("d", "Families of 217 aboard crashed airliner gather"))));
    }

    @Test
    void wireSlugsAndCapitalsGiveWayToReadableHeadlines() {
        assertEquals(
                "Teachers defend evolution in classrooms",
                StoryReport.titleOf(List.of(
                        titled("a", "BC-NJ--Evolution-Classrooms,730"),
                        titled("b", "TEACHERS DEFEND EVOLUTION IN CLASSROOMS"),
                        titled("c", "Teachers defend evolution in classrooms"))));
        assertEquals("x", StoryReport.titleOf(List.of(new Document("x", null, null, null, null, "Text.", "x"))));
    }
}
