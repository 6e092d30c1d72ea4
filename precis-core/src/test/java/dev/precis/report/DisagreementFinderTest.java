package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Corpus;
import dev.precis.model.Disagreement;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contradictions, estimates that vary, and figures of two different events (sentences written for this test). */
class DisagreementFinderTest {
    private static Corpus corpus(String... articles) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            docs.add(new Document("a" + i, "Ferry", null, null, LocalDate.of(2024, 3, 12), articles[i], "a" + i));
        }
        return Precis.builder().build().prepare(docs, new ArrayList<>());
    }

    private static List<Disagreement> find(List<Entity> entities, String... articles) {
        return new DisagreementFinder(entities).find(corpus(articles));
    }

    @Test
    void exactFiguresThatDifferContradictAndComeFirst() {
        List<Disagreement> found = find(
                List.of(),
                "The ferry fire in Ostravale killed 11 people on Tuesday. As many as 300 people fled the harbour fire.",
                "The ferry fire in Ostravale killed 10 people on Tuesday. More than 250 people fled the harbour fire.");
        assertEquals(2, found.size(), found.toString());
        assertFalse(found.get(0).estimatesVary(), "11 against 10: a contradiction, first");
        assertTrue(found.get(1).estimatesVary(), "up to 300 and more than 250 can both be true");
    }

    @Test
    void figuresNearTwoDifferentAirlinesCountTwoCrashes() {
        Entity ostravia =
                new Entity("Ostravia Air", Entity.Type.ORGANISATION, null, List.of("Ostravia Air"), List.of(0), 1);
        Entity nordwing = new Entity("Nordwing", Entity.Type.ORGANISATION, null, List.of("Nordwing"), List.of(1), 1);
        assertEquals(
                List.of(),
                find(
                        List.of(ostravia, nordwing),
                        "The Ostravia Air crash killed 217 people off the coast.",
                        "The Nordwing crash killed all 223 people on board."));
    }

    @Test
    void theDeadOfAnEarlierCrashAreNotThisOnesToll() {
        assertEquals(
                List.of(),
                find(
                        List.of(),
                        "The jet crashed off the coast on Sunday, killing all 217 people aboard.",
                        "Investigators recalled that another 767 crashed in 1991 after a thrust reverser deployed."
                                + " The crash killed all 223 people on board.",
                        "All 217 people aboard were killed when the jet went down on Sunday."));
    }
}
