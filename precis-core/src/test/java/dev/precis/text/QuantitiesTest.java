package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts in digits and words, with hedges; sentences written for this test. */
class QuantitiesTest {
    private static Quantity only(String sentence) {
        List<Quantity> found = Quantities.find(sentence);
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0);
    }

    @Test
    void wordsAndDigitsAgree() {
        Quantity words = only("The leaders talked for ninety minutes.");
        Quantity digits = only("The leaders talked for 90 minutes.");
        assertEquals("duration", words.unit());
        assertTrue(words.sameAs(digits));
        assertTrue(only("They met for an hour-long session.").sameAs(only("They met for 60 minutes.")));
        assertEquals(25_000, Quantities.value("twenty-five thousand"), 0.1);
        assertEquals(1_500_000, Quantities.value("1.5 million"), 0.1);
    }

    @Test
    void aCountAboardCountsPeople() {
        Quantity aboard = only("The plane crashed into the ocean, killing all 217 aboard.");
        assertEquals("people", aboard.unit());
        assertEquals(217, aboard.low());
    }

    @Test
    void hedgesBecomeBounds() {
        Quantity atMost = only("The war has killed as many as a half-million people.");
        assertEquals(0, atMost.low());
        assertEquals(500_000, atMost.high());
        assertEquals("people", atMost.unit());
        Quantity atLeast = only("The war has left more than 300,000 people dead.");
        assertEquals(300_000, atLeast.low());
        assertTrue(Double.isInfinite(atLeast.high()));
        Quantity vague = only("The campaign killed hundreds of thousands of people.");
        assertEquals(100_000, vague.low());
        assertEquals("hundreds of thousands of people", vague.phrase());
        assertFalse(atMost.sameAs(atLeast));
    }

    @Test
    void agesYearsAndSmallCountsAreNotFigures() {
        assertTrue(
                Quantities.find("The 18-year-old student was attacked in 1993.").isEmpty());
        assertTrue(Quantities.find("The two leaders shook hands.").isEmpty());
        assertEquals("percent", only("Turnout rose 12 percent.").unit());
        assertEquals("money", only("The fund holds $5 million.").unit());
    }
}
