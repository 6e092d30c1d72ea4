package dev.precis.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a summary may leave out of a sentence (sentences written for this test). */
class CompressionTest {
    @Test
    void aTrailingAttributionIsDropped() {
        assertEquals(
                "The harbour road will reopen after three weeks of repairs.",
                Compression.shorten(
                        "The harbour road will reopen after three weeks of repairs, officials said on Monday."));
        assertEquals(
                "The ferry carried 41 passengers when it sank off the coast.",
                Compression.shorten(
                        "The ferry carried 41 passengers when it sank off the coast, according to the coast guard."));
    }

    @Test
    void aTailThatReportsAClauseOfItsOwnStays() {
        String s = "After confirming the virus in birds from five upstate counties, state officials said Thursday"
                + " the virus is likely present statewide.";
        assertEquals(s, Compression.shorten(s));
        String t = "The harbour road will reopen after three weeks of repairs, the mayor said, adding that tolls"
                + " would rise.";
        assertEquals(t, Compression.shorten(t));
        String u = "After three weeks of repairs to the harbour road and the old bridge, the mayor said Monday.";
        assertEquals(u, Compression.shorten(u), "what is left would be a subordinate clause");
    }

    @Test
    void quotationsKeepTheirSpeaker() {
        String s = "\u201CWe will rebuild the harbour road within three weeks,\u201D the mayor said on Monday.";
        assertEquals(s, Compression.shorten(s));
    }
}
