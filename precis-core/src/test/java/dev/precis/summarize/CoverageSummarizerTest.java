package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Document;
import dev.precis.model.Section;
import dev.precis.model.Summary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default method's choices that the DUC figures do not show one by one. */
class CoverageSummarizerTest {
    private static final String BRIDGE = "The harbour bridge opened on Tuesday after nine years of work.";
    private static final String BUDGET = "The school budget passed on Tuesday after nine hours of debate.";

    /**
     * Four articles state both facts equally often, two of them bridge first and two budget first,
     * and the budget allows one sentence: the headlines decide which fact the summary leads with.
     */
    private static String chosenWith(String... headlines) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < headlines.length; i++) {
            String body = i % 2 == 0 ? BUDGET + "\n\n" + BRIDGE : BRIDGE + "\n\n" + BUDGET;
            docs.add(new Document("d" + i, headlines[i], null, null, LocalDate.of(2024, 3, 12), body, "d" + i));
        }
        Summary summary = Precis.builder()
                .words(12)
                .build()
                .report(docs, Section.summaryOnly())
                .summary();
        assertEquals(1, summary.sentences().size(), summary.toString());
        return summary.sentences().get(0).text();
    }

    @Test
    void withoutAQueryTheSharedHeadlineWordsSayWhatTheStoryIsAbout() {
        assertEquals(
                BRIDGE,
                chosenWith(
                        "Harbour bridge opens",
                        "Bridge opens after nine years",
                        "New harbour bridge carries first cars",
                        "Ostravale bridge finished"));
        assertEquals(
                BUDGET,
                chosenWith(
                        "Council passes school budget",
                        "School budget approved",
                        "Budget vote ends long debate",
                        "Schools win in new budget"));
    }

    @Test
    void aNoteOnWhyASourceIsUnnamedIsNotNews() {
        assertTrue(Candidates.sourcingNote("The official spoke anonymously to discuss a private conversation."));
        assertTrue(Candidates.sourcingNote(
                "He spoke on condition of anonymity because he was not authorized to talk to reporters."));
        assertFalse(Candidates.sourcingNote(
                "The official, who spoke on condition of anonymity, said talks would resume on Friday."));
        assertFalse(Candidates.sourcingNote("The talks resume on Friday."));
    }
}
