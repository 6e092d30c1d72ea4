package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The story report on the user's five reports of the September 2016 G20 talks on Syria. */
class SeedsReportIT {
    private static StoryReport report;

    @BeforeAll
    static void report() {
        Precis.Report r = Precis.builder().build().reportFiles(List.of(Shared.seeds()), Section.all());
        report = r.report();
        assertNotNull(report);
        assertEquals(5, report.documents().size());
    }

    private static Entity entityWithAlias(String alias) {
        return report.entities().stream()
                .filter(e -> e.aliases().contains(alias))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity written '" + alias + "' in " + report.entities()));
    }

    private static int doc(String idPrefix) {
        for (int i = 0; i < report.documents().size(); i++) {
            if (report.documents().get(i).id().startsWith(idPrefix)) {
                return i;
            }
        }
        throw new AssertionError("no document " + idPrefix);
    }

    @Test
    void spellingsOfOneNameAreOneEntity() {
        Entity lavrov = entityWithAlias("Sergey Lavrov");
        assertTrue(lavrov.aliases().containsAll(Set.of("Sergei Lavrov", "Lavrov")), lavrov.toString());
        assertEquals(Entity.Type.PERSON, lavrov.type());
        assertTrue(lavrov.role().endsWith("Foreign Minister"), lavrov.role());
        assertEquals(5, lavrov.documents().size(), "all five reports name him");

        Entity assad = entityWithAlias("Bashar al-Assad");
        assertTrue(assad.aliases().containsAll(Set.of("Bashar Assad", "Assad")), assad.toString());
        assertEquals("Syrian President", assad.role());

        Entity isis = entityWithAlias("Islamic State");
        assertTrue(isis.aliases().containsAll(Set.of("IS", "ISIS")), isis.toString());
        assertEquals(Entity.Type.ORGANISATION, isis.type());

        assertTrue(entityWithAlias("al-Qaeda").aliases().contains("al-Qaida"), "transliterations of one name");

        // The summit, though the tagger reads "G20" as an adjective and "Group" as a common noun.
        Entity g20 = entityWithAlias("G20");
        assertTrue(g20.aliases().contains("Group of 20"), g20.toString());
        assertEquals(Entity.Type.ORGANISATION, g20.type());
        assertEquals(5, g20.documents().size(), "all five reports name the summit");

        Entity us = entityWithAlias("United States");
        assertTrue(us.aliases().containsAll(Set.of("US", "U.S.")), us.toString());
        assertEquals(Entity.Type.PLACE, us.type());
        assertEquals("United States", us.name());
        assertEquals(5, us.documents().size());
    }

    @Test
    void peopleCarryTheirStatedRoles() {
        Entity obama = entityWithAlias("Barack Obama");
        assertEquals(Entity.Type.PERSON, obama.type());
        assertTrue(obama.aliases().contains("Obama"));
        assertTrue(obama.role().endsWith("President"), obama.role());
        assertEquals(5, obama.documents().size());
        assertEquals("US Secretary of State", entityWithAlias("John Kerry").role());
        assertEquals("White House spokesman", entityWithAlias("Ned Price").role());
        assertEquals(Entity.Type.PLACE, entityWithAlias("Hangzhou").type());
        assertEquals(
                Entity.Type.PLACE, entityWithAlias("China").type(), "'Hangzhou China' is a city, then its country");
        // Entities are ordered by how many sources name them.
        assertTrue(report.entities().get(0).documents().size()
                >= report.entities()
                        .get(report.entities().size() - 1)
                        .documents()
                        .size());
    }

    @Test
    void quotesHaveResolvedSpeakersAndMergedSources() {
        Quote notThere = first(report.quotes(), q -> q.text().contains("not there yet"));
        assertEquals("Barack Obama", notThere.speaker());
        assertTrue(notThere.named());
        assertEquals(List.of(doc("000"), doc("003")), notThere.documents(), "two renderings of one quote are merged");

        Quote premature = first(report.quotes(), q -> q.text().contains("premature"));
        assertEquals("Barack Obama", premature.speaker(), "a paragraph that is only a quote continues the speaker");
        assertEquals(
                2, premature.documents().size(), "'It's premature...' and 'I think it's premature...' are one quote");

        Quote worth = first(report.quotes(), q -> q.text().equalsIgnoreCase("it is worth trying"));
        assertEquals("Barack Obama", worth.speaker(), "'he said' resolves to the person last named");
        assertEquals(List.of(doc("003"), doc("004")), worth.documents());

        Quote peskov = first(report.quotes(), q -> q.text().startsWith("It went well"));
        assertEquals("Dmitry Peskov", peskov.speaker(), "'Peskov said, \"...\"' and the full name are one person");

        Quote constructive = first(report.quotes(), q -> q.text().startsWith("It was constructive"));
        assertFalse(constructive.named());
        assertEquals("a US official", constructive.speaker(), "an unnamed speaker is described as the source does");

        Quote clock = first(report.quotes(), q -> q.text().equals("around the clock"));
        assertEquals("Barack Obama", clock.speaker(), "a partial quote is the speaker's its sentence names");
        assertEquals(List.of(doc("003"), doc("004")), clock.documents());
        Quote differences = first(report.quotes(), q -> q.text().equals("grave differences"));
        assertEquals("Barack Obama", differences.speaker(), "'Obama, speaking ..., said the US ... have \"...\"'");
    }

    @Test
    void relativeDaysAreResolvedAgainstPublicationDates() {
        TimelineEntry saturday = first(report.timeline(), t -> t.when().equals("on Saturday"));
        assertEquals(LocalDate.of(2016, 9, 3), saturday.date(), "'on Saturday' in an article of Sunday 2016-09-04");
        assertEquals(List.of(doc("000")), saturday.documents());

        TimelineEntry today = first(
                report.timeline(),
                t -> t.when().equals("today") && t.documents().contains(doc("000")));
        assertEquals(LocalDate.of(2016, 9, 4), today.date());

        TimelineEntry monday = first(
                report.timeline(),
                t -> t.documents().contains(doc("004")) && t.when().contains("Monday"));
        assertEquals(
                LocalDate.of(2016, 9, 5),
                monday.date(),
                "the CNN report pins Monday itself: 'Monday, September 5, 2016'");

        // "their third significant attempt since July", "raged since 2011": when something began, not events.
        assertTrue(
                report.timeline().stream().noneMatch(t -> t.when().toLowerCase().startsWith("since")),
                report.timeline().toString());
    }

    @Test
    void undatedArticlesTakeTheDaysTheStoryGivesTheirWeekdays() {
        // Seeds 001-003 carry no publication date: their "on Monday" is the Monday the CNN report
        // pins (September 5, 2016), their "on Sunday" the day the article of Sunday 2016-09-04 was written.
        Set<Integer> undated = Set.of(doc("001"), doc("002"), doc("003"));
        undated.forEach(d -> assertNull(report.documents().get(d).published()));
        int checked = 0;
        for (TimelineEntry t : report.timeline()) {
            if (undated.containsAll(t.documents()) && t.when().matches("(?i)(on )?monday")) {
                assertEquals(LocalDate.of(2016, 9, 5), t.date(), t.toString());
                checked++;
            }
            if (undated.containsAll(t.documents()) && t.when().matches("(?i)(on )?sunday")) {
                assertEquals(LocalDate.of(2016, 9, 4), t.date(), t.toString());
                checked++;
            }
        }
        assertTrue(checked >= 2, checked + " entries of undated articles checked");
        // Dated entries come first, in date order.
        LocalDate previous = LocalDate.MIN;
        boolean undatedSeen = false;
        for (TimelineEntry t : report.timeline()) {
            if (t.date() == null) {
                undatedSeen = true;
            } else {
                assertFalse(undatedSeen, "undated entries come last");
                assertFalse(t.date().isBefore(previous), "sorted by date");
                previous = t.date();
            }
        }
    }

    @Test
    void theDeathTollDisagreementIsShownSideBySide() {
        Disagreement toll = first(report.disagreements(), d -> d.about().equals("death toll"));
        List<String> figures =
                toll.versions().stream().map(Disagreement.Version::figure).toList();
        assertTrue(figures.contains("as many as a half-million people"), figures.toString());
        assertTrue(figures.contains("more than 300,000 people"), figures.toString());
        assertTrue(figures.contains("hundreds of thousands of people"), figures.toString());
        Disagreement.Version halfMillion =
                first(toll.versions(), v -> v.figure().contains("half-million"));
        assertEquals(List.of(doc("000")), halfMillion.documents());
        assertTrue(toll.estimatesVary(), "hedged estimates whose ranges meet vary; they do not contradict");
    }

    @Test
    void ninetyMinutesAndNinetyInDigitsAgree() {
        for (Disagreement d : report.disagreements()) {
            for (Disagreement.Version v : d.versions()) {
                assertFalse(
                        v.figure().contains("minutes"), "'90 minutes' and 'ninety minutes' are the same figure: " + d);
            }
        }
    }

    @Test
    void theSummaryComesFirstWithAttribution() {
        assertFalse(report.summary().sentences().isEmpty());
        // Each sentence names its source; no sentence is credited to its own source again.
        report.summary().sentences().forEach(s -> assertFalse(s.corroborating().contains(s.source()), s.text()));
    }

    /** The first item that matches; fails the test when none does. */
    private static <T> T first(java.util.List<T> items, java.util.function.Predicate<T> matches) {
        return items.stream()
                .filter(matches)
                .findFirst()
                .orElseThrow(() -> new AssertionError("none matches in " + items));
    }
}
