package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time expressions resolved against a publication date; sentences written for this test. */
class TimeExpressionsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2016, 9, 4);

    private static TimeExpressions.Found in(LocalDate published, String sentence) {
        return new TimeExpressions(published, sentence).best(sentence);
    }

    /** Sentences of an article published on Sunday 2016-09-04, each with the day it must resolve to. */
    @Test
    void pastWeekdaysLookBackFutureOnesForward() {
        Map<String, LocalDate> expected = new LinkedHashMap<>();
        expected.put("The talks stalled on Saturday.", LocalDate.of(2016, 9, 3));
        expected.put("The ministers met on Sunday.", SUNDAY); // the publication day itself
        expected.put("The leaders will meet on Monday.", LocalDate.of(2016, 9, 5));
        expected.put("The leaders met on Monday.", LocalDate.of(2016, 8, 29));
        expected.put("Voting resumes next Friday.", LocalDate.of(2016, 9, 9));
        expected.put("Officials spoke yesterday.", LocalDate.of(2016, 9, 3));
        // The weekday dates the saying, past, though what was said is to come.
        expected.put("The agency will open 40 clinics, its officials said Friday.", LocalDate.of(2016, 9, 2));
        expected.put("Its director told reporters Friday that they plan to open more.", LocalDate.of(2016, 9, 2));
        expected.put("The drug, which was approved Friday, is expected in shops soon.", LocalDate.of(2016, 9, 2));
        expected.put("Prices will rise by 2020, an official warned here Friday.", LocalDate.of(2016, 9, 2));
        expected.put("The act will help, the minister Friday told a meeting.", LocalDate.of(2016, 9, 2));
        expected.put("The board expects to decide on Friday.", LocalDate.of(2016, 9, 9));
        expected.put("From October 1, this year, used goods are banned.", LocalDate.of(2016, 10, 1));
        expected.put("A ruling was expected Friday, the court will say when.", LocalDate.of(2016, 9, 9));
        // Words around the date set it to come, or say it was done.
        expected.put("The committee meets Sept. 20 to review the application.", LocalDate.of(2016, 9, 20));
        expected.put("The official on-sale date is Oct. 12, dealers said.", LocalDate.of(2016, 10, 12));
        expected.put("Tribes are backing a measure in the Nov. 8 election.", LocalDate.of(2016, 11, 8));
        expected.put("The order sets an Oct. 31 deadline for the work.", LocalDate.of(2016, 10, 31));
        expected.put("The conference continues through Wednesday.", LocalDate.of(2016, 9, 7));
        expected.put("Prices rose, he said in remarks prepared for delivery Thursday.", LocalDate.of(2016, 9, 8));
        expected.put(
                "The clinics will compete with the one approved by the board on Aug. 3.", LocalDate.of(2016, 8, 3));
        expected.forEach(
                (sentence, day) -> assertEquals(day, in(SUNDAY, sentence).date(), sentence));
    }

    @Test
    void aSentenceOpeningOnTodayTellsHowThingsAreNowUnlessItSaysWhatWillHappen() {
        Map<String, Boolean> nowadays = new LinkedHashMap<>();
        nowadays.put("Today, most clinics in the valley treat children for free.", true);
        nowadays.put("Twenty years ago few knew the disease. Today it is diagnosed at the age of two.", true);
        nowadays.put("\u201cToday, we say one in 500,\u201d the doctor said.", true);
        nowadays.put("Today, the council will vote on the harbour budget.", false);
        nowadays.put("The minister resigned today after the vote.", false);
        nowadays.put("Today's vote closed the debate.", false);
        // "today" with no verb in the past and nothing to come: how things are now.
        nowadays.put("There are about 90,000 fishermen on the coast today.", true);
        nowadays.put("The old songs are still sung today by the elders.", true);
        nowadays.put("Clinics fall short of their needs today, says a new study.", true);
        nowadays.put("Many of the remedies being marketed today have not been tested.", true);
        nowadays.put("Sacred songs are still sung today.", true);
        nowadays.put("Officials said today that the clinic will open.", false);
        nowadays.put("Two studies unveiled today show the drug works.", false);
        nowadays.put("A report to be released today says the clinics helped.", false);
        nowadays.put("The ministers started here today a four-day meeting.", false);
        // within a quotation, the speaker's tense counts, not the reporter's "she said"
        nowadays.put("\u201cToday's children have lost respect for their elders,\u201d she said.", true);
        nowadays.put("\u201cWe signed it today,\u201d the minister said.", false);
        nowadays.put("The mayor said today that \u201cthe harbour is open.\u201d", false);
        nowadays.forEach((sentence, now) ->
                assertEquals(now, TimelineBuilder.tellsHowThingsAreNow(sentence, in(SUNDAY, sentence)), sentence));
    }

    @Test
    void aWeekdaysPossessiveIsTheNearestSuchDay() {
        assertEquals("2016-09-05", label(in(SUNDAY, "The study appears in Monday's Journal of Harbour Medicine.")));
        assertEquals("2016-09-02", label(in(SUNDAY, "Friday's talks ended without a deal.")));
    }

    @Test
    void aMonthAndYearMayHaveACommaBetween() {
        assertEquals("1996-02", label(in(SUNDAY, "The authorities, in February, 1996, set up a hot line.")));
        assertEquals("2016-05", label(in(SUNDAY, "Protests grew in May, 2000 people marching through the town.")));
    }

    private static String label(TimeExpressions.Found f) {
        return new TimelineEntry(f.date(), f.precision(), f.text(), "", java.util.List.of()).dateLabel();
    }

    @Test
    void theYearAChangeStartedFromIsNoEvent() {
        assertEquals("2016-05", label(in(SUNDAY, "Cases rose from 279 in 1992 to 527 in May.")));
    }

    @Test
    void aWeekdayInGeneralIsNoDate() {
        assertNull(in(SUNDAY, "They had to stay home on a Friday night to watch the show."));
        assertNull(in(SUNDAY, "Every Tuesday he comes here to see a doctor."));
    }

    @Test
    void todaysBeforeACommonNounGivesWayToAnotherDate() {
        assertEquals(
                "2017-03",
                label(in(SUNDAY, "The biggest advances will come in March, without the pains of today's pills.")));
    }

    @Test
    void aWebAddressIsNoDate() {
        assertNull(in(SUNDAY, "Read the column weekly at www.example.net/today/opinion on the web."));
    }

    @Test
    void absoluteDatesNeedNoPublicationDate() {
        assertEquals(
                LocalDate.of(1999, 10, 31),
                in(null, "The plane crashed on Oct. 31, 1999, off Nantucket.").date());
        assertEquals(
                "2015-09",
                new TimelineEntry(
                                in(null, "Strikes began in September 2015.").date(),
                                TimelineEntry.Precision.MONTH,
                                "",
                                "",
                                java.util.List.of())
                        .dateLabel());
        assertEquals(
                LocalDate.of(2011, 1, 1), in(null, "The war broke out in 2011.").date());
        assertEquals(
                TimelineEntry.Precision.YEAR,
                in(null, "The war broke out in 2011.").precision());
        assertEquals(
                LocalDate.of(1999, 10, 31),
                in(LocalDate.of(1999, 11, 10), "It crashed on Oct. 31 off Nantucket.")
                        .date(),
                "a day without a year is the one nearest publication");
    }

    /** Dates without a year, ranges, "last year" and "since", in articles of 2 December 2000 and others. */
    @Test
    void aDayWithoutAYearIsTheLatestNotAfterPublicationUnlessItIsToCome() {
        LocalDate december2 = LocalDate.of(2000, 12, 2);
        assertEquals(
                LocalDate.of(2000, 11, 28),
                in(december2, "The storm hit the coast on Nov. 28.").date());
        assertEquals(
                LocalDate.of(2000, 1, 5),
                in(december2, "The council met on Jan. 5.").date());
        assertEquals(
                LocalDate.of(2001, 1, 5),
                in(december2, "The council will vote on Jan. 5.").date());
        assertEquals(
                LocalDate.of(2000, 11, 3),
                in(december2, "The trial began Nov. 3 and will resume next month.")
                        .date(),
                "a future sentence still dates a past event more than half a year from its next return");
        assertEquals(
                LocalDate.of(2000, 10, 31),
                in(LocalDate.of(2001, 3, 10), "The ship sank on October 31 last year.")
                        .date());
        assertEquals(
                LocalDate.of(1992, 10, 12),
                in(december2, "Delegates met on Oct. 12-13, 1992, in Rio.").date());
        assertEquals(
                LocalDate.of(1999, 10, 1),
                in(LocalDate.of(2000, 10, 15), "The ferry sank last October.").date(),
                "'last October' in October is a year ago");
        assertNull(in(december2, "It is their third attempt since July."), "since: a start, not an event");
        assertNull(in(december2, "The war has raged since 2011."));
    }

    @Test
    void withoutPublicationDateRelativeDaysStayUndated() {
        TimeExpressions.Found f = in(null, "The two leaders met on Monday.");
        assertEquals("on Monday", f.text());
        assertNull(f.date());
        assertNull(in(null, "The ceasefire collapsed in February.").date());
        assertNull(in(null, "Talks continue today.").date());
    }

    @Test
    void anArticleThatPinsAWeekdayDatesIt() {
        String article =
                "The summit closed on Monday, September 5, 2016.\n\nThe presidents met Monday for ninety minutes.";
        TimeExpressions times = new TimeExpressions(null, article);
        assertEquals(
                LocalDate.of(2016, 9, 5),
                times.best("The presidents met Monday for ninety minutes.").date());
        assertNull(times.best("Talks had stalled on Sunday.").date(), "only the pinned weekday is dated");
    }

    @Test
    void sentencesWithoutTimeHaveNone() {
        assertNull(in(SUNDAY, "The two powers disagree about who is an extremist."));
        assertNull(
                in(SUNDAY, "Prime Minister Theresa May may attend."),
                "a name and a modal verb are not the month of May");
    }
}
