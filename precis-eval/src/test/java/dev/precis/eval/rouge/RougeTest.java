package dev.precis.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROUGE options on examples small enough to count by hand. */
class RougeTest {
    private static final List<String> PEER = List.of("The cat sat on the mat.");
    private static final List<String> MODEL = List.of("The cat lay on the mat.");

    private static RougeSettings plain() {
        return new RougeSettings(2, false, Set.of(), 0, 0, 4, true, 1.2, false, 0.5);
    }

    @Test
    void ngramsAndLcsCountedByHand() {
        Map<String, RougeScore> s = new Rouge(plain()).score(PEER, List.of(MODEL));
        assertEquals(0.83333, s.get("ROUGE-1").recall(), 1e-9, "the, the, cat, on, mat: 5 of 6");
        assertEquals(0.6, s.get("ROUGE-2").recall(), 1e-9, "the cat, on the, the mat: 3 of 5");
        assertEquals(0.83333, s.get("ROUGE-L").recall(), 1e-9, "LCS the cat on the mat");
        assertEquals(0.83333, s.get("ROUGE-L").f(), 1e-9);
    }

    @Test
    void skipBigramsWithUnigramsLeaveOutTheLastWordAsRouge155Does() {
        Rouge.Bag bag = Rouge.skipBigrams(List.of("a", "b", "c"), 4, true);
        // unigrams a, b (not c); pairs a b, a c, b c
        assertEquals(5, bag.total());
        assertEquals(Map.of("a", 1, "b", 1, "a b", 1, "a c", 1, "b c", 1), bag.counts());
    }

    @Test
    void bestModelTakesTheClosestReference() {
        RougeSettings best = new RougeSettings(1, false, Set.of(), 0, 0, -1, false, 0, true, 0.5);
        Map<String, RougeScore> s =
                new Rouge(best).score(PEER, List.of(List.of("A dog barked loudly all night."), MODEL));
        assertEquals(0.83333, s.get("ROUGE-1").recall(), 1e-9);
        Map<String, RougeScore> pooled =
                new Rouge(plain()).score(PEER, List.of(List.of("A dog barked loudly all night."), MODEL));
        assertEquals(0.41667, pooled.get("ROUGE-1").recall(), 1e-9, "5 hits of 12 model words");
    }

    @Test
    void stopWordsAndLengthLimits() {
        RougeSettings stop = new RougeSettings(1, false, Set.of("the", "on"), 0, 0, -1, false, 0, false, 0.5);
        assertEquals(
                0.66667,
                new Rouge(stop).score(PEER, List.of(MODEL)).get("ROUGE-1").recall(),
                1e-9,
                "cat, mat of cat, lay, mat");
        RougeSettings words = new RougeSettings(1, false, Set.of(), 2, 0, -1, false, 0, false, 0.5);
        assertEquals(
                1.0,
                new Rouge(words).score(PEER, List.of(MODEL)).get("ROUGE-1").recall(),
                1e-9,
                "both cut to 'the cat'");
        RougeSettings bytes = new RougeSettings(1, false, Set.of(), 0, 0 + 7, -1, false, 0, false, 0.5);
        assertEquals(
                1.0,
                new Rouge(bytes).score(PEER, List.of(MODEL)).get("ROUGE-1").recall(),
                1e-9,
                "both cut to 'the cat'");
    }

    @Test
    void stemmingUsesWordNetExceptionsThenPorter() {
        assertEquals("child", RougeText.stem("children"));
        assertEquals("go", RougeText.stem("went"));
        assertEquals("record", RougeText.stem("recordings"));
        assertEquals("replac", RougeText.stem("replacement"), "ROUGE's step 4 tries -ement, -ment, -ent in turn");
        assertEquals("agreem", RougeText.stem("agreement"));
        RougeSettings stem = new RougeSettings(1, true, Set.of(), 0, 0, -1, false, 0, false, 0.5);
        assertEquals(
                1.0,
                new Rouge(stem)
                        .score(List.of("Children went home."), List.of(List.of("The child goes home.")))
                        .get("ROUGE-1")
                        .precision(),
                1e-9);
    }
}
