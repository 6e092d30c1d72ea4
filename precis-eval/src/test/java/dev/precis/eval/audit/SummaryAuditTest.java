package dev.precis.eval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.Precis;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each audit rule on sentences written for this test, one flaw at a time. */
class SummaryAuditTest {
    private static final Precis PRECIS = Precis.builder().build();

    private static List<Set<SummaryAudit.Flaw>> audit(String... paragraphs) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            all.add(i);
        }
        return audit(all, paragraphs);
    }

    /** The audit of a summary of the chosen sentences of one article (one sentence per paragraph). */
    private static List<Set<SummaryAudit.Flaw>> audit(List<Integer> chosenIndexes, String... paragraphs) {
        AnalyzedDocument d = PRECIS.analyze(new Document(
                "t", "Bridge", null, null, LocalDate.of(2024, 3, 12), String.join("\n\n", paragraphs), "test"));
        List<SummarySentence> chosen = new ArrayList<>();
        for (int i : chosenIndexes) {
            Sentence s = d.sentences().get(i);
            chosen.add(new SummarySentence(s, 0, List.of()));
        }
        return SummaryAudit.audit(
                new Summary("test", chosen, List.of(d.document()), List.of()),
                new dev.precis.model.Corpus(List.of(d.withIndex(0))));
    }

    private static final Set<SummaryAudit.Flaw> NONE = Set.of();

    @Test
    void aCleanStoryHasNoFlaw() {
        assertEquals(
                List.of(NONE, NONE),
                audit(
                        "The Ostravale harbour bridge closed on Tuesday after a ship struck one of its piers.",
                        "Engineers said they found cracks in two steel supports below the waterline."));
    }

    @Test
    void aPronounWithoutItsSentenceDangles() {
        String[] story = {
            "The Ostravale harbour bridge closed on Tuesday after a ship struck one of its piers.",
            "Ferries will carry commuters across the estuary until the repairs end.",
            "Engineers inspected the damaged pier through the night, the council said.",
            "They found cracks in two of the steel supports below the waterline."
        };
        assertEquals(List.of(NONE, NONE, NONE, NONE), audit(story), "each after the sentence before it");
        assertEquals(
                List.of(NONE, NONE, Set.of(SummaryAudit.Flaw.DANGLING)),
                audit(List.of(0, 1, 3), story),
                "'They' without the engineers");
    }

    @Test
    void eachShapeRule() {
        assertEquals(true, SummaryAudit.fragment("on the screens of every tram in the city."));
        assertEquals(true, SummaryAudit.fragment("The bridge closed on Tuesday after a ship struck"));
        assertEquals(true, SummaryAudit.fragment("\u201CIt took nine years, the mayor said."));
        assertEquals(true, SummaryAudit.fragment("After closing the harbour bridge for three weeks of repairs."));
        assertEquals(false, SummaryAudit.fragment("After closing the bridge, the council reopened the ferry."));
        assertEquals(false, SummaryAudit.fragment("Since 1990 the ferry has doubled its fares."));
        assertEquals(false, SummaryAudit.fragment("\u201CIt took nine years,\u201D the mayor said."));
        assertEquals(true, SummaryAudit.debris("OSTRAVALE _ The bridge closed on Tuesday."));
        assertEquals(true, SummaryAudit.debris("By Jane Ostrova"));
        assertEquals(true, SummaryAudit.debris("The bridge at dawn. (AP Photo/Jan Novak)"));
        assertEquals(true, SummaryAudit.debris("1. \u201CHarbour Lights,\u201D $4.8 million."));
        assertEquals(true, SummaryAudit.debris("HARBOUR LIGHTS: EPISODE II _ THE BRIDGE: Drama."));
        assertEquals(false, SummaryAudit.debris("NATO ministers met the mayor of Ostravale on Tuesday."));
    }

    @Test
    void aFactTwiceAndASentenceWithNothingInIt() {
        List<Set<SummaryAudit.Flaw>> flaws = audit(
                "A ship struck the Ostravale harbour bridge on Tuesday and closed it.",
                "The Ostravale harbour bridge was closed on Tuesday when a ship struck it.",
                "Local media also reported the talks.");
        assertEquals(Set.of(SummaryAudit.Flaw.REDUNDANT), flaws.get(1));
        assertEquals(Set.of(SummaryAudit.Flaw.FILLER), flaws.get(2));
    }
}
