package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events still to come are kept on the timeline, marked expected (an article written for this test). */
class ExpectedEventsTest {
    @Test
    void anEventDatedAfterItsArticleIsExpected() {
        Document d = new Document(
                "bridge",
                "Bridge closed",
                "Ostravale Post",
                null,
                LocalDate.of(2024, 3, 14),
                "Engineers closed the harbour bridge in Ostravale on Tuesday after cracks were found.\n\n"
                        + "The council said the bridge will reopen on March 28 once two supports are repaired.",
                "bridge");
        List<TimelineEntry> timeline = new TimelineBuilder()
                .build(Precis.builder()
                        .build()
                        .prepare(List.of(d), new ArrayList<>())
                        .documents());
        TimelineEntry closed = timeline.stream()
                .filter(t -> t.text().startsWith("Engineers"))
                .findFirst()
                .orElseThrow();
        TimelineEntry reopening = timeline.stream()
                .filter(t -> t.text().contains("reopen"))
                .findFirst()
                .orElseThrow();
        assertFalse(closed.expected(), closed.toString());
        assertTrue(reopening.expected(), reopening.toString());
        assertTrue(reopening.date().equals(LocalDate.of(2024, 3, 28)), reopening.toString());
    }
}
