package dev.precis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.ingest.IngestResult;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.TermVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's own example: five scraped reports of the September 2016 G20 Syria talks, noise included. */
class SeedsSummaryIT {
    /** Page furniture in the seeds: none of it may reach any analysed sentence, let alone a summary. */
    private static final List<String> NOISE = List.of(
            "newsletter",
            "sun\u2019s surface",
            "cuba",
            "jamaica",
            "dalai lama",
            "squid",
            "wuhan",
            "afghanistan",
            "outdated browser",
            "archived article",
            "article source",
            "getty images",
            "kevin liptak",
            "time stamp",
            "upgrade your browser");

    private static Precis precis;
    private static Corpus corpus;
    private static Summary summary;

    @BeforeAll
    static void summarizeSeeds() {
        precis = Precis.builder().words(100).build();
        IngestResult read = precis.ingestor().ingest(List.of(Shared.seeds()));
        assertEquals(5, read.documents().size(), "all five seed articles are read");
        corpus = precis.prepare(read.documents(), new ArrayList<>());
        summary = precis.summarize(corpus);
        System.out.println(summary.text());
    }

    @Test
    void noNoiseSurvivesCleaning() {
        for (Sentence s : corpus.sentences()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            for (String noise : NOISE) {
                assertFalse(t.contains(noise), "noise '" + noise + "' in sentence: " + s.text());
            }
        }
    }

    @Test
    void cleaningKeepsTheNews() {
        String all =
                String.join(" ", corpus.sentences().stream().map(Sentence::text).toList());
        assertTrue(all.contains("Obama and Putin met for 90 minutes"));
        assertTrue(all.contains("“We’re not there yet,” Obama said"));
        assertTrue(all.contains("The conflict has killed as many as a half-million people since 2011"));
        assertTrue(
                all.contains("US President Barack Obama and his Russian counterpart Vladimir Putin met Monday"),
                "the dateline 'HANGZHOU, China (CNN) —' is stripped from the sentence");
        assertEquals("CNN", corpus.document(4).source(), "the outlet is taken from the dateline");
    }

    @Test
    void summaryTellsTheStory() {
        String text = summary.text().toLowerCase(Locale.ROOT);
        assertTrue(summary.wordCount() <= 100, "within the word budget: " + summary.wordCount());
        assertTrue(summary.wordCount() >= 60, "uses most of the budget: " + summary.wordCount());
        assertTrue(
                text.matches("(?s).*(fail|no agreement|without an agreement|come up short|couldn.t bridge).*"),
                "mentions that the US-Russia deal failed");
        assertTrue(text.contains("kerry") && text.contains("lavrov"), "mentions the Kerry-Lavrov talks");
        assertTrue(text.contains("obama") && text.contains("putin"), "mentions the Obama-Putin meeting");
    }

    @Test
    void summarySaysEachThingOnce() {
        TermVectors vectors = new TermVectors(corpus);
        List<SummarySentence> s = summary.sentences();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                double sim = vectors.cosine(s.get(i).sentence(), s.get(j).sentence());
                assertTrue(
                        sim <= 0.5,
                        "near-repeat (" + sim + "):\n" + s.get(i).text() + "\n"
                                + s.get(j).text());
            }
        }
    }

    /** #14 item 4: Obama's remark of Sunday, told beside Monday's failure, says it was Sunday. */
    @Test
    void aSentenceOfAnotherDaySaysWhichDay() {
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("not there yet")) {
                assertTrue(s.text().contains("Obama said Sunday"), s.text());
                return;
            }
        }
        throw new AssertionError("the summary no longer quotes Obama's Sunday remark:\n" + summary.text());
    }

    @Test
    void everySentenceIsAttributedAndFactsAreCorroborated() {
        for (SummarySentence s : summary.sentences()) {
            Sentence original = corpus.documents()
                    .get(s.source())
                    .sentences()
                    .get(s.sentence().index());
            String analysed = s.sentence().text();
            assertTrue(
                    original.text().startsWith(analysed.substring(0, analysed.length() - 1)),
                    "the source document holds the sentence (perhaps without its trailing attribution)");
            // As printed: the same words, or with the day it tells of written in ("Obama said Sunday").
            assertTrue(
                    s.text().equals(analysed) || s.text().matches(".*\\b[A-Z][a-z]+day\\b.*"),
                    "printed as written or dated: " + s.text());
            assertFalse(s.corroborating().contains(s.source()));
        }
        // "Obama and Putin met" (sources 2 and 5) does not state that they agreed to continue negotiating.
        for (SummarySentence s : summary.sentences()) {
            if (s.text().contains("agreed to continue")) {
                for (int other : s.corroborating()) {
                    String id = corpus.documents().get(other).document().id();
                    assertFalse(
                            id.startsWith("001") || id.startsWith("004"), "over-attributed to " + id + ": " + s.text());
                }
            }
        }
        // At 250 words, facts several outlets report are credited to each of them.
        Summary longer = Precis.builder().words(250).build().summarize(corpus);
        assertTrue(
                longer.sentences().stream().anyMatch(s -> !s.corroborating().isEmpty()),
                "facts reported by several outlets are credited to each of them");
    }

    @Test
    void sentenceBudget() {
        Summary two = Precis.builder().words(0).sentences(2).build().summarize(corpus);
        assertEquals(2, two.sentences().size());
    }

    @Test
    void everyMethodRespectsTheBudgetOnTheSeeds() {
        for (String method : dev.precis.summarize.Summarizers.names()) {
            Summary s = Precis.builder().method(method).words(100).build().summarize(corpus);
            assertNotNull(s);
            assertFalse(s.sentences().isEmpty(), method + " produced no summary");
            assertTrue(s.wordCount() <= 100, method + " exceeded the budget");
        }
    }
}
