package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.model.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which time phrases date an event the sentence recalls rather than reports (sentences written for this test). */
class RecalledEventsTest {
    private static Sentence sentence(String text) {
        return OneSentence.of(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the event named as a thing
                "Friday's vote ended a dispute that had split the harbour board for years.|Friday|true",
                "The board's decision Friday surprised the tenants of the harbour.|Friday|true",
                "Tenants crowded the hall, and the purpose of the hearing Friday was to settle the rents.|Friday|true",
                "The harbour must meet the terms of the Harbour Safety Act of 2019 before it reopens.|of 2019|true",
                // in a clause that describes a participant, or a comparison's or a span's start
                "The ferry, which was repaired on Monday, sailed again with forty passengers.|on Monday|true",
                "The plan, approved on Monday by the council, will cost the city $4 million.|on Monday|true",
                "Ostravale joined the harbour league that was founded in Ramsar, Iran in 1971.|in 1971|true",
                "The harbour is busier than in 2019, the board's figures show.|in 2019|true",
                "Tenants have paid higher rents since the bridge was closed in January.|in January|true",
                // the event the sentence reports
                "The council on Friday approved a plan to rebuild the harbour bridge.|on Friday|false",
                "The new ferry went on the market in January at a price of $2 million.|in January|false",
                "Mira Holm, the harbour master, delivered a statement today on the repairs.|today|false",
                "Councillors were meeting with tenants ahead of Friday's vote on the rents.|Friday|false",
            })
    void tellsARecalledEventFromAReportedOne(String text, String timePhrase, boolean recalled) {
        assertEquals(recalled, RecalledEvents.recalled(sentence(text), timePhrase), text);
    }
}
