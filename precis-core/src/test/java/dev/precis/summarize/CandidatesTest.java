package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What may be a summary sentence, and what goes in only with the sentence before it (sentences written for this test). */
class CandidatesTest {
    private static final Precis PRECIS = Precis.builder().build();

    private static Sentence sentence(String text) {
        return analysed(text).sentences().get(0);
    }

    private static AnalyzedDocument analysed(String text) {
        return PRECIS.analyze(new Document("t", "Bridge", null, null, LocalDate.of(2024, 3, 12), text, "test"));
    }

    @Test
    void aSentenceThatPointsBackIsKnownByItsOpening() {
        assertTrue(Candidates.pointsBack(sentence("He said the repairs would take three weeks.")));
        assertTrue(Candidates.pointsBack(sentence("But they refused to reopen the harbour road.")));
        assertTrue(Candidates.pointsBack(sentence("Such delays cost the ferry company a fortune.")));
        assertTrue(Candidates.pointsBack(sentence("The two met again in Ostravale on Friday.")));
        assertTrue(Candidates.pointsBack(sentence("The official declined to give her name.")));
        assertFalse(Candidates.pointsBack(sentence("This year, the council expects 3,000 visitors.")), "time");
        assertFalse(Candidates.pointsBack(sentence("It is hard to say when the bridge will reopen.")), "empty subject");
        assertFalse(Candidates.pointsBack(sentence("It was expected that the bridge would reopen.")), "empty subject");
        assertTrue(Candidates.pointsBack(sentence("It is spread to people by mosquitoes.")), "'to' a preposition");
        assertTrue(Candidates.pointsBack(sentence("The harbour board remains secretive, however.")));
        assertTrue(Candidates.pointsBack(sentence("At that point, the controllers lost contact with the ferry.")));
        assertTrue(Candidates.pointsBack(sentence("By then the ferry had sunk.")));
        assertFalse(Candidates.pointsBack(sentence("In this year's budget, the harbour gets 3 million.")), "today's");
        assertTrue(Candidates.pointsBack(sentence("The harbour board, however, remains secretive.")));
        assertFalse(
                Candidates.pointsBack(sentence("The report, Harbour Safety in Ostravale, lists nine faults.")),
                "named in apposition");
        assertFalse(Candidates.pointsBack(sentence("The mayor of Ostravale opened the bridge on Tuesday.")));
    }

    @Test
    void fillerFragmentsListsAndCapitalsAreNeverCandidates() {
        assertTrue(Candidates.filler(sentence("Local media also reported the talks.")));
        assertFalse(Candidates.filler(sentence("Local media reported 40 injured.")), "a number is news");
        assertFalse(Candidates.filler(sentence("The storm closed the harbour road and the ferry.")));
        assertTrue(Candidates.listItem("--Built-in seats should be in every tram."));
        assertTrue(Candidates.listItem("_ In a form of rotation, beans follow wheat."));
        assertTrue(Candidates.listItem("1. \u201CHarbour Lights,\u201D $4.8 million."));
        assertFalse(Candidates.listItem("\u201CIt took nine years,\u201D the mayor said."));
        assertTrue(Candidates.capitals("HARBOUR LIGHTS: EPISODE II _ THE BRIDGE: Drama."));
        assertFalse(Candidates.capitals("NATO and the EU met the mayor of Ostravale on Tuesday."));
        assertFalse(Candidates.eligible(sentence("on the screens of every tram in the city when it stops.")));
    }

    @Test
    void aSentenceThatPointsBackComesWithTheOneBeforeIt() {
        AnalyzedDocument d =
                analysed("The Ostravale harbour bridge closed on Tuesday after a ship struck one of its piers. "
                        + "Engineers from the city council inspected the damaged pier through the night. "
                        + "They found cracks in two of the steel supports below the waterline.");
        Corpus corpus = new Corpus(List.of(d.withIndex(0)));
        Sentence pointing = corpus.documents().get(0).sentences().get(2);
        Sentence before = corpus.documents().get(0).sentences().get(1);
        Sentence lead = corpus.documents().get(0).sentences().get(0);
        assertEquals(
                List.of(lead, before, pointing),
                StoryOrder.sort(List.of(pointing, lead, before), corpus),
                "kept next to the sentence that names what it points at");
        for (int words : new int[] {15, 30, 60}) {
            List<Sentence> chosen = new CoverageSummarizer().select(corpus, new SummaryRequest(words, 0, List.of(), 0));
            if (chosen.contains(pointing)) {
                assertTrue(chosen.contains(before), words + " words: " + chosen);
            }
        }
    }
}
