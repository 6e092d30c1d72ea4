package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "today" in a summary written as the day it names; sentences written for this test. */
class TimePhrasesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2016, 9, 4);
    private static final LocalDate MONDAY = LocalDate.of(2016, 9, 5);

    @Test
    void aDayWithinAWeekIsNamedByItsWeekday() {
        assertEquals(
                "Obama said Sunday that the talks would go on.",
                TimePhrases.rewrite("Obama said today that the talks would go on.", SUNDAY, MONDAY));
        assertEquals(
                "The ministers met Saturday.", TimePhrases.rewrite("The ministers met yesterday.", SUNDAY, MONDAY));
        assertEquals("Sunday's talks failed.", TimePhrases.rewrite("Today's talks failed.", SUNDAY, MONDAY));
        assertEquals("On Sunday, the council voted.", TimePhrases.rewrite("Today, the council voted.", SUNDAY, MONDAY));
        assertEquals(
                "The leaders meet Sunday night.", TimePhrases.rewrite("The leaders meet tonight.", SUNDAY, MONDAY));
    }

    @Test
    void anOlderDayIsNamedByMonthAndDay() {
        LocalDate later = LocalDate.of(2016, 10, 20);
        assertEquals(
                "Obama said Sept. 4 that it failed.",
                TimePhrases.rewrite("Obama said today that it failed.", SUNDAY, later));
        assertEquals(
                "Obama said Sept. 4, 2016 that it failed.",
                TimePhrases.rewrite("Obama said today that it failed.", SUNDAY, LocalDate.of(2017, 1, 3)));
        assertEquals(
                "Today's talks failed.",
                TimePhrases.rewrite("Today's talks failed.", SUNDAY, later),
                "no possessive of a date");
    }

    @Test
    void aDayGoesAfterSaidOutsideQuotations() {
        assertEquals(
                "\u201CWe said no,\u201D Obama said Sunday in Hangzhou.",
                TimePhrases.saidOn("\u201CWe said no,\u201D Obama said in Hangzhou.", SUNDAY, MONDAY));
        assertEquals("Nothing was said.", TimePhrases.saidOn("Nothing was said.", SUNDAY, MONDAY), "a passive");
        assertEquals("Talks went on.", TimePhrases.saidOn("Talks went on.", SUNDAY, MONDAY), "no 'said': left alone");
        assertEquals(
                "Sales doubled, said Jo Roe.",
                TimePhrases.saidOn("Sales doubled, said Jo Roe.", SUNDAY, MONDAY),
                "not between 'said' and its speaker");
    }

    @Test
    void quotationsAndWebAddressesStayAsWritten() {
        String quoted = "\u201CWe meet today,\u201D Obama said today.";
        assertEquals("\u201CWe meet today,\u201D Obama said Sunday.", TimePhrases.rewrite(quoted, SUNDAY, MONDAY));
        String web = "Read it at example.net/today/news.";
        assertEquals(web, TimePhrases.rewrite(web, SUNDAY, MONDAY));
    }
}
