package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    private final WordTokenizer tokenizer = new WordTokenizer();

    private List<String> tokens(String s) {
        return tokenizer.tokenize(s);
    }

    @Test
    void contractionsAndPossessivesStayWithTheirWord() {
        assertEquals(
                List.of("Obama's", "aides", "don't", "think", "We’re", "ready", "."),
                tokens("Obama's aides don't think We’re ready."));
        assertEquals(List.of("the", "U.N.'s", "envoy"), tokens("the U.N.'s envoy"));
    }

    @Test
    void numbersKeepTheirPunctuation() {
        assertEquals(
                List.of("$", "1.5", "billion", ",", "3,000", "jobs", "at", "3:30", "p.m.", ";", "50", "%"),
                tokens("$1.5 billion, 3,000 jobs at 3:30 p.m.; 50%"));
    }

    @Test
    void initialismsAbbreviationsAndInitialsKeepTheirDots() {
        assertEquals(
                List.of("U.S.", "-", "Russia", "talks", "in", "Washington", ",", "D.C."),
                tokens("U.S.-Russia talks in Washington, D.C."),
                "a sentence's last full stop is the initialism's own");
        assertEquals(
                List.of("Sen.", "John", "F.", "Kennedy", "met", "Gen.", "Smith", "on", "Sept.", "4", "."),
                tokens("Sen. John F. Kennedy met Gen. Smith on Sept. 4."));
        assertEquals(List.of("It", "ended", ".", "Next", "day"), tokens("It ended. Next day"));
        assertEquals(
                List.of("the", "end", ".", "Then"), tokens("the end.Then"), "a long word after a dot is no initialism");
    }

    @Test
    void punctuationHyphensAndQuotesAreTokensOfTheirOwn() {
        assertEquals(List.of("“", "long", "-", "term", "”", "--", "yet", "..."), tokens("“long-term” -- yet..."));
        assertEquals(List.of("said", ":", "'", "I", "can't", "'"), tokens("said:'I can't'"));
    }

    @Test
    void addressesAreOneToken() {
        assertEquals(
                List.of("see", "www.cnn.com", "or", "info@cnn.com", ".", "#", "G20", "@", "POTUS"),
                tokens("see www.cnn.com or info@cnn.com. #G20 @POTUS"));
        assertEquals(List.of("at", "https://example.org/a/b", ")"), tokens("at https://example.org/a/b)"));
    }

    @Test
    void lettersOutsideAsciiAndMarks() {
        assertEquals(List.of("Zürich", "and", "São", "Paulo", "—", "Dvořák"), tokens("Zürich and São Paulo — Dvořák"));
        assertEquals(List.of("Cafe\u0301", "open"), tokens("Cafe\u0301 open"), "a combining accent stays in its word");
        assertEquals(List.of(), tokens("  \u00A0 "));
    }
}
