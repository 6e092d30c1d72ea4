package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What may open a summary (sentences written for this test). */
class StoryOrderTest {
    @Test
    void aLeadIsAStatementThatStandsOnItsOwn() {
        assertTrue(StoryOrder.canLead("Engineers closed the Ostravale harbour bridge on Thursday."));
        assertFalse(StoryOrder.canLead("\u201CIt took nine years,\u201D the mayor said."), "a quotation");
        assertFalse(StoryOrder.canLead("Will the bridge reopen before summer?"), "a question");
        assertFalse(StoryOrder.canLead("Then, in August, the harbour board voted to close the bridge."), "a sequel");
        assertFalse(StoryOrder.canLead("He said repairs would take three weeks."), "a pronoun");
        assertFalse(StoryOrder.canLead("But the council disagreed."), "a conjunction");
        assertFalse(StoryOrder.canLead("- Trams run on the ferry route."), "a list item");
        assertFalse(StoryOrder.canLead("2) Trams run on the ferry route."), "a numbered item");
        assertTrue(StoryOrder.canLead("2,000 people crossed the bridge on its first day."), "a figure can lead");
    }

    @Test
    void debrisIsNeverACandidate() {
        assertTrue(Candidates.debris("MIAMI _ The storm turned north overnight, forecasters said."));
        assertTrue(Candidates.debris("WASHINGTON -- The Senate passed the bill on Tuesday."));
        assertTrue(Candidates.debris("Nov. 25 -- The ferry service ends after 80 years."));
        assertTrue(Candidates.debris("0:10 PILOT Get away from the engines."));
        assertFalse(Candidates.debris("The storm turned north overnight, forecasters in Miami said."));
        assertFalse(Candidates.debris("NATO leaders met in Brussels on Tuesday."));
        assertFalse(Candidates.debris("Nov. 25 was the last day of the ferry service."));
        assertTrue(
                Candidates.debris(
                        "Address questions to Harbour Q&A, The Harbour Times, 12 Quay St., or by e-mail to harbour.example.com."));
        assertTrue(Candidates.debris("Mira Holm can be reached at holm.example.com."));
        assertTrue(Candidates.debris("E-mail: holm.example.com."));
        assertFalse(Candidates.debris("Ferrybooks.com has reached an agreement with two wholesalers."));
        assertFalse(Candidates.debris("Callers to the harbour office were told to wait at home."));
        assertTrue(Candidates.debris("(HT12) OSTRAVALE -- March 12, 2024 -- HARBOUR-BRIDGE-2, 03-12 -- Engineers"
                + " inspect a cracked support of the harbour bridge on Tuesday."));
        assertFalse(Candidates.debris("The bridge -- closed since March 12 -- reopens on Tuesday."));
    }
}
