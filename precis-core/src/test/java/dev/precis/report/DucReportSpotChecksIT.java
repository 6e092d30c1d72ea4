package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spot checks of the story report on three DUC 2006 clusters other than the seeds, written from
 * reading their articles, so the rules are not tuned to one story.
 */
class DucReportSpotChecksIT {
    private static StoryReport report(String cluster) {
        StoryReport r = Precis.builder()
                .build()
                .reportFiles(List.of(Shared.duc2006().resolve("docs").resolve(cluster)), Section.all())
                .report();
        assertNotNull(r);
        assertEquals(25, r.documents().size());
        return r;
    }

    private static Entity entity(StoryReport r, String name) {
        return r.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities()));
    }

    @Test
    void egyptAirFlight990() {
        StoryReport r = report("D0617H");
        Entity ntsb = entity(r, "National Transportation Safety Board");
        assertEquals(Entity.Type.ORGANISATION, ntsb.type());
        assertTrue(ntsb.aliases().contains("NTSB"), ntsb.aliases().toString());
        Entity hall = entity(r, "Jim Hall");
        assertEquals(Entity.Type.PERSON, hall.type());
        assertTrue(hall.aliases().contains("Hall"));
        assertTrue(hall.role().contains("Chairman"), hall.role());
        assertEquals(Entity.Type.ORGANISATION, entity(r, "EgyptAir").type());
        assertEquals(Entity.Type.PLACE, entity(r, "Nantucket").type());
        // The crash: Oct. 31, 1999, told by many of the articles.
        assertTrue(
                r.timeline().stream()
                        .anyMatch(t -> LocalDate.of(1999, 10, 31).equals(t.date())
                                && t.documents().size() >= 3),
                "the crash date");
        assertTrue(
                r.quotes().stream().filter(q -> q.speaker().equals("Jim Hall")).count() >= 3,
                "the NTSB chairman is quoted");
    }

    @Test
    void stephenLawrenceInquiry() {
        StoryReport r = report("D0624F");
        Entity straw = entity(r, "Jack Straw");
        assertEquals("Home Secretary", straw.role());
        Entity blair = entity(r, "Tony Blair");
        assertEquals(Entity.Type.PERSON, blair.type());
        assertEquals("Prime Minister", blair.role());
        assertTrue(entity(r, "United Kingdom").aliases().contains("Britain"));
        Quote racism = first(r.quotes(), q -> q.text().contains("racism that still exists"));
        assertEquals("Tony Blair", racism.speaker());
        assertTrue(racism.documents().size() >= 2, "carried by two articles");
        // Stephen Lawrence was killed in 1993; several articles say so.
        assertTrue(r.timeline().stream()
                .anyMatch(t -> "1993".equals(t.dateLabel()) && t.documents().size() >= 2));
    }

    @Test
    void embassyBombingsInKenyaAndTanzania() {
        StoryReport r = report("D0626H");
        for (String place : List.of("Nairobi", "Kenya", "Tanzania")) {
            assertEquals(Entity.Type.PLACE, entity(r, place).type(), place);
        }
        Entity fbi = first(r.entities(), e -> e.aliases().contains("FBI"));
        assertEquals(Entity.Type.ORGANISATION, fbi.type());
        assertTrue(fbi.name().endsWith("Federal Bureau of Investigation"), fbi.name());
        assertTrue(
                r.timeline().stream()
                        .anyMatch(t -> LocalDate.of(1998, 8, 7).equals(t.date())
                                && t.documents().size() >= 3),
                "the bombings of Aug. 7, 1998");
        // 247 dead in Nairobi and 11 in Dar es Salaam are two tolls, not one disputed figure.
        for (Disagreement d : r.disagreements()) {
            List<String> figures =
                    d.versions().stream().map(Disagreement.Version::figure).toList();
            assertFalse(figures.contains("11 people") && figures.contains("247 people"), d.toString());
        }
        assertTrue(
                r.disagreements().stream()
                        .anyMatch(d -> d.about().equals("death toll")
                                && d.versions().stream()
                                        .anyMatch(v -> v.figure().equals("247 people"))),
                "the Nairobi toll varies across reports");
    }

    /** The first item that matches; fails the test when none does. */
    private static <T> T first(java.util.List<T> items, java.util.function.Predicate<T> matches) {
        return items.stream()
                .filter(matches)
                .findFirst()
                .orElseThrow(() -> new AssertionError("none matches in " + items));
    }
}
