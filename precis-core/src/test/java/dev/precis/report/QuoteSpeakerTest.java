package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An unnamed speaker is described as the article introduced them (sentences written for this test). */
class QuoteSpeakerTest {
    @Test
    void theOfficialIsTheOfficialTheArticleIntroduced() {
        String before = "The talks ran late, a senior State Department official said. Later the ministers met again.";
        assertEquals("a senior State Department official", QuoteExtractor.asIntroduced("the official", before));
        assertEquals(
                "a Department of Harbours and Bridges spokesman",
                QuoteExtractor.asIntroduced(
                        "the spokesman",
                        "The bridge stays shut, said a Department of Harbours and Bridges spokesman."));
        assertEquals(
                "an Ostravale council spokesman",
                QuoteExtractor.asIntroduced(
                        "the spokesman", "The bridge stays shut, an Ostravale council spokesman said on Monday."));
    }

    @Test
    void noIntroductionOrAPhraseAcrossClausesKeepsTheDescription() {
        assertEquals("the official", QuoteExtractor.asIntroduced("the official", "The talks ran late."));
        assertEquals(
                "the official", QuoteExtractor.asIntroduced("the official", "They signed a deal and the official"));
        assertEquals("the US official", QuoteExtractor.asIntroduced("the US official", "a senior US official"));
    }
}
