package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared text toolkit: words, counts, word lists, vectors and weightings. */
class TextToolkitTest {
    @Test
    void wordsKeepOneApostropheAndStraightenIt() {
        assertEquals(
                List.of("obama's", "g20", "talks", "don't", "end", "in", "2016"),
                Words.of("Obama\u2019s G20 talks: don't end in 2016!"));
        assertEquals(List.of("rock", "n", "roll"), Words.of("rock 'n' roll"), "an apostrophe needs a letter after it");
        assertEquals("mondays", Words.bare("Monday's,"));
        assertEquals("al-qaeda", Words.bare("(al-Qaeda)"));
    }

    @Test
    void wordCountIsWhitespaceSeparatedPieces() {
        assertEquals(0, WordCount.of("  "));
        assertEquals(4, WordCount.of(" The talks\tfailed\non Monday.".replace("on ", "")));
    }

    @Test
    void honorificsAreWrittenOnceAndServeEveryList() {
        assertTrue(WordLists.HONORIFICS.containsAll(List.of("mr", "mr.", "dr", "dr.", "sir", "lady")));
        assertTrue(WordLists.TITLE_WORDS.containsAll(WordLists.HONORIFICS));
        assertTrue(WordLists.PERSON_TITLES.containsAll(WordLists.HONORIFICS));
        assertTrue(WordLists.NON_FINAL_ABBREVIATIONS.containsAll(List.of("mr.", "dr.", "gen.", "u.s.")));
        assertFalse(WordLists.NON_FINAL_ABBREVIATIONS.contains("sir"), "only abbreviations end with a dot");
        assertEquals("Russia", WordLists.DEMONYMS.get("russian"));
        assertTrue(StopWords.contains("the") && !StopWords.contains("talks"));
    }

    @Test
    void cosineOfSparseVectors() {
        TermVector a = TermVector.of(new java.util.HashMap<>(Map.of("talk", 1.0, "syria", 2.0)));
        TermVector b = TermVector.of(new java.util.HashMap<>(Map.of("syria", 2.0, "ceasefire", 1.0)));
        assertEquals(4.0, a.dot(b), 1e-12);
        assertEquals(4.0 / 5.0, a.cosine(b), 1e-12);
        assertEquals(0.0, a.cosine(TermVector.of(Map.of())), 1e-12);
        assertEquals(1.0, a.cosine(a), 1e-12);
    }

    @Test
    void namedWeightings() {
        assertEquals(Math.log(11.0 / 3.0) + 1, Weighting.idf(2, 10), 1e-12);
        assertEquals(3 * Weighting.idf(2, 10), Weighting.TF_IDF.weight(3, 2, 10), 1e-12);
        assertEquals(
                (1 + Math.log(3)) * (1 + Math.log(11.0 / 3.0)), Weighting.SUBLINEAR_TF_IDF.weight(3, 2, 10), 1e-12);
    }
}
