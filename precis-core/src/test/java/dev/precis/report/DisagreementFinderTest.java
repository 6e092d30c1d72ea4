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

    /** Articles published on the given days of March 2024, in order. */
    private static List<Disagreement> findDated(int[] days, String... articles) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            docs.add(new Document("a" + i, "Ferry", null, null, LocalDate.of(2024, 3, days[i]), articles[i], "a" + i));
        }
        return new DisagreementFinder(List.of()).find(Precis.builder().build().prepare(docs, new ArrayList<>()));
    }

    private static Entity place(String name) {
        return new Entity(name, Entity.Type.PLACE, null, List.of(name), List.of(0), 1);
    }

    @Test
    void deathTollsOfTwoIncidentsAreNotCompared() {
        assertEquals(
                List.of(),
                find(
                        List.of(),
                        "Officials said seven people were killed in the overnight air raid on the radio station.",
                        "The rebels are blamed for bomb blasts in apartment blocks that killed nine people."),
                "an air raid and bomb blasts share only the word 'killed'");
    }

    @Test
    void aTollThatRoseOverTheDaysIsNoDisagreement() {
        String early = "The fever has killed five people in the harbour district, health officials said.";
        String later = "The fever outbreak in the harbour district has killed eight people, health officials said.";
        assertEquals(List.of(), findDated(new int[] {1, 9}, early, later), "five, then eight: the toll rose");
        assertEquals(1, findDated(new int[] {9, 9}, early, later).size(), "the same day: the sources disagree");
    }

    @Test
    void aYearlyRateIsNotAToll() {
        assertEquals(
                List.of(),
                find(
                        List.of(),
                        "The fever kills 20 people a year in the harbour district, officials said.",
                        "The fever outbreak in the harbour district has killed 12 people, officials said."));
    }

    @Test
    void onePartOfABreakdownIsNotTheWhole() {
        assertEquals(
                List.of(),
                find(
                        List.of(place("Ostravale"), place("Kerrin")),
                        "The fever killed six people in Ostravale and one in Kerrin last spring.",
                        "The fever killed seven people last spring."));
    }

    @Test
    void aCountryMayHoldTheCityWhereTheFiguresDiffer() {
        List<Disagreement> found = find(
                List.of(place("Moscow"), place("Russia")),
                "Bomb blasts in Moscow killed 290 people in apartment blocks.",
                "Bomb blasts in apartment blocks in Russia killed 300 people.");
        assertEquals(1, found.size(), "Moscow is in Russia: one toll, two figures");
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
