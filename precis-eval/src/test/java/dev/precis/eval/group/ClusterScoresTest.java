package dev.precis.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** B-cubed and adjusted Rand scores on labellings counted by hand. */
class ClusterScoresTest {
    @Test
    void clusterScoresCountedByHand() {
        ClusterScores perfect = ClusterScores.of(new int[] {0, 0, 1, 1}, new int[] {5, 5, 7, 7});
        assertEquals(1.0, perfect.f1(), 1e-9);
        assertEquals(1.0, perfect.adjustedRand(), 1e-9);
        ClusterScores lumped = ClusterScores.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0});
        assertEquals(0.5, lumped.precision(), 1e-9);
        assertEquals(1.0, lumped.recall(), 1e-9);
        assertEquals(0.0, lumped.adjustedRand(), 1e-9);
    }
}
