package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Section;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The timeline against a gold set written by reading ({@code timeline-gold.tsv}: the seeds and
 * DUC 2006 clusters D0601A, D0603C, D0605E, D0608H, D0612C and D0625G): the share of entries dated right (date and "expected"
 * both as the gold says; an entry the gold says reports no dated event counts as wrong), the
 * share that repeat an event listed before, and the gold's events the timeline misses.
 */
class TimelineGoldIT {
    /** The gold's rows: one entry of one story as it should be. */
    private record Gold(String story, String quote, String date, String event, boolean expected) {}

    /** What the timelines of the gold's stories scored. */
    record Figures(int entries, int labelled, int correct, int duplicates, int missed, List<String> wrong) {
        double correctShare() {
            return (double) correct / labelled;
        }

        double duplicateShare() {
            return (double) duplicates / labelled;
        }
    }

    private static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String[] f : Shared.goldRows(TimelineGoldIT.class, "timeline-gold.tsv")) {
            if (!f[0].equals("story")) { // the header
                out.add(new Gold(f[0], f[1], f[2], f[3], f.length > 4 && f[4].equals("expected")));
            }
        }
        return out;
    }

    static Figures figures() throws IOException {
        Map<String, List<Gold>> byStory = new LinkedHashMap<>();
        for (Gold g : gold()) {
            byStory.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g);
        }
        int entries = 0, labelled = 0, correct = 0, duplicates = 0, missed = 0;
        List<String> wrong = new ArrayList<>();
        Precis precis = Precis.builder().build();
        for (var story : byStory.entrySet()) {
            StoryReport r = precis.reportFiles(List.of(Shared.story(story.getKey())), Section.all())
                    .report();
            Set<String> events = new HashSet<>();
            Set<Gold> found = new HashSet<>();
            for (TimelineEntry e : r.timeline()) {
                entries++;
                String text = Shared.plain(e.text());
                Gold g = story.getValue().stream()
                        .filter(x -> text.contains(Shared.plain(x.quote())))
                        .max(java.util.Comparator.comparingInt(x -> x.quote().length()))
                        .orElse(null);
                if (g == null) {
                    wrong.add(story.getKey() + " unlabelled: " + e.dateLabel() + " " + e.text());
                    continue;
                }
                labelled++;
                found.add(g);
                if (!events.add(g.event())) {
                    duplicates++;
                    wrong.add(story.getKey() + " repeats event " + g.event() + ": " + g.quote());
                }
                if (!g.date().equals("none") && g.date().equals(e.dateLabel()) && g.expected() == e.expected()) {
                    correct++;
                } else {
                    wrong.add(story.getKey() + " " + e.dateLabel() + (e.expected() ? " (expected)" : "") + ", gold "
                            + g.date() + (g.expected() ? " (expected)" : "") + ": " + g.quote());
                }
            }
            for (Gold g : story.getValue()) {
                // an event is missed when no entry tells it (another row of it may be the one listed)
                if (!g.date().equals("none") && !found.contains(g) && !events.contains(g.event())) {
                    missed++;
                    wrong.add(story.getKey() + " missed, gold " + g.date() + ": " + g.quote());
                }
            }
        }
        return new Figures(entries, labelled, correct, duplicates, missed, wrong);
    }

    @Test
    void datesAreRightAndEventsListedOnce() throws IOException {
        Figures f = figures();
        String summary = String.format(
                "%d entries, %d labelled; dated right %d (%.3f); duplicates %d (%.3f); gold events missed %d%n  %s",
                f.entries(),
                f.labelled(),
                f.correct(),
                f.correctShare(),
                f.duplicates(),
                f.duplicateShare(),
                f.missed(),
                String.join("\n  ", f.wrong()));
        System.out.println("timeline gold: " + summary);
        // The gold must describe what the timeline lists: new entries need labels.
        assertTrue(f.labelled() >= 0.9 * f.entries(), "entries without a gold label:\n  " + summary);
        // Issue 15 asks for 0.97 and 0.05. The set's first 98 entries scored 0.786 and 0.153; at 308
        // entries 0.908 and 0.118 before the rules for "today" with no verb in the past (nowadays),
        // dates the words around them set ("meets April 20", "an August 31 deadline"), "approved by
        // the FDA in September", "every Tuesday", "from 279 in 1992" and two initials ("J. O. Ogato").
        // Session 13: 289 entries, 0.986 and 0.114 (quotations read in the speaker's tense, a
        // weekday's possessive as the nearest such day, one wire report in two papers a day apart).
        // Session 14: 296 entries, 0.990 and 0.074 (a sentence that recalls its day's event, "the
        // hearing Friday", "Vioxx, which was approved Friday", joins that event's entry; one
        // speaker's words on one day in one article are one entry; an undated article's "today"
        // is the day a dated article gives a quotation they share; "In 1995, ..." read, 19 rows
        // added for the entries it gives). Session 15: 287 entries, 0.990 and 0.045 (one day's
        // sentences sharing three content words, one of them used by few of the story's articles,
        // or, across articles, all three, are one entry; "urging" reports speech).
        assertTrue(f.correctShare() >= FLOOR_CORRECT, summary);
        assertTrue(f.duplicateShare() <= CEILING_DUPLICATES, summary);
    }

    static final double FLOOR_CORRECT = 0.98;
    static final double CEILING_DUPLICATES = 0.05;
}
