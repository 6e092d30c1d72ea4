package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which other reports state a summary sentence's fact (sentences written for this test). */
class AttributorTest {
    private static final Precis PRECIS = Precis.builder().build();

    private static Corpus corpus(String... bodies) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            docs.add(new Document("d" + i, "Ferry", null, null, LocalDate.of(2024, 3, 12), bodies[i], "test"));
        }
        return PRECIS.prepare(docs, new ArrayList<>());
    }

    private static List<Integer> corroborating(Corpus corpus) {
        Sentence first = corpus.documents().get(0).sentences().get(0);
        return new Attributor(corpus, List.of(first)).attribute(first).corroborating();
    }

    @Test
    void aShorterReportOfTheSameOutcomeCorroborates() {
        Corpus c = corpus(
                "The Ostravale ferry sank in the harbour on Friday, killing all 41 passengers aboard.",
                "All 41 passengers aboard the ferry died.",
                "The harbour master said the Ostravale ferry was inspected in May.");
        assertEquals(List.of(1), corroborating(c));
    }

    @Test
    void anotherCountOfTheSameThingDoesNotCorroborate() {
        Corpus c = corpus(
                "The blast at the Ostravale harbour killed 258 people, including 12 sailors.",
                "The blast at the Ostravale harbour killed 247 people, including 12 sailors.",
                "Twin blasts at the Ostravale harbour killed 270 people, 258 of them dockers, including 12 sailors.");
        assertEquals(List.of(2), corroborating(c), "258 stated as a bare number agrees; 247 people does not");
    }

    @Test
    void aCountAboardIsACountOfPeopleAndAFearIsNoOutcome() {
        Corpus c = corpus(
                "The Ostravale ferry sank off the harbour on Friday, killing all 41 aboard.",
                "The sinking killed all 41 passengers and crew.",
                "The 41 aboard the Ostravale ferry are all feared dead.");
        assertEquals(List.of(1), corroborating(c));
    }

    @Test
    void anInstructionStatesNoFact() {
        Corpus c = corpus(
                "The hoax message tells readers to send it to the first 50 people in their address book.",
                "Now, copy this message and send it to the first 50 people in your address book.");
        assertTrue(Attributor.instructs(c.documents().get(1).sentences().get(0)));
        assertFalse(Attributor.instructs(c.documents().get(0).sentences().get(0)));
        assertEquals(List.of(), corroborating(c));
    }

    @Test
    void sharedTopicWithoutTheActionDoesNotCorroborate() {
        Corpus c = corpus(
                "Two dockers were charged with sinking the Ostravale harbour ferry.",
                "The two dockers accused in the Ostravale harbour ferry case did not enter pleas.");
        assertFalse(corroborating(c).contains(1));
    }

    @Test
    void theLeadingCountAndItsActionCorroborateAShortReport() {
        Corpus c = corpus(
                "The Ostravale harbour blast killed 41 people, all dockers.",
                "Of those killed, 41 were killed at the harbour.",
                "A sailor who was among 41 people hurt at the Ostravale harbour has been released.",
                "Ostravale doctors said 41 people were hurt at the harbour.");
        assertEquals(List.of(1), corroborating(c));
        Sentence sailor = c.documents().get(2).sentences().get(0);
        assertFalse(Attributor.actions(sailor, true).contains("hurt"), "a relative clause describes the sailor");
    }

    @Test
    void theSameQuotationIsTheSameStatement() {
        Corpus c = corpus(
                "\u201CWe are not done yet,\u201D the mayor of Ostravale said at the harbour on Friday.",
                "\"We are not done yet,\" she said.",
                "Pills called \u201Cnon-steroidal anti-inflammatory drugs\u201D were sold at the harbour.",
                "Ostravale pharmacies sell non-steroidal anti-inflammatory drugs.",
                "The trailer for \u201CHarbour Wars: Episode I _ The Phantom Ferry\u201D came out on Friday.",
                "Fans queued in Ostravale for \u201CHarbour Wars: Episode I _ The Phantom Ferry\u201D all week.",
                "The sequel to \u201CReturn of the Ferry\u201D opened on Friday.",
                "\u201CReturn of the Ferry\u201D grossed $9 million.");
        assertTrue(Attributor.sameQuotation(c.sentences().get(0), c.sentences().get(1)));
        assertFalse(Attributor.sameQuotation(c.sentences().get(2), c.sentences().get(3)), "a quoted term says nothing");
    }

    @Test
    void aPartialQuotationCountsWithItsSpeaker() {
        Corpus c = corpus(
                "Crews have been working \u201Caround the clock\u201D on the harbour bridge, Mayor Holm told reporters.",
                "Workers are on the bridge \u201Caround the clock,\u201D Mayor Jana Holm said on Friday.",
                "The harbour cafe is now open \u201Caround the clock\u201D for the crews.");
        assertTrue(Attributor.sameQuotation(c.sentences().get(0), c.sentences().get(1)));
        assertFalse(Attributor.sameQuotation(c.sentences().get(0), c.sentences().get(2)), "no speaker in common");
    }

    @Test
    void actionsLeaveOutNamingVerbsAndNounsTheTaggerCallsVerbs() {
        Sentence s = corpus("Millions of people depend on pills called analgesics after the harbour bombing.")
                .sentences()
                .get(0);
        assertTrue(
                Attributor.actions(s, false).contains("depend"),
                Attributor.actions(s, false).toString());
        assertFalse(Attributor.actions(s, false).contains("call"), "naming");
        assertFalse(Attributor.actions(s, false).contains("bomb"), "'the harbour bombing' is a noun");
    }
}
