package dev.precis.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence tells something in the past tense: a simple past ("said", "was", "launched",
 * "met"), not a participle after a form of "be" or "have" ("have been passed down", "being
 * marketed", "remain guarded") nor an adjective after an article ("an estimated 1.7 million").
 * Read from the words alone, which is enough to tell a report of the day ("officials said today")
 * from a statement of how things are ("the Navajos today number 250,000").
 */
final class PastTense {
    private PastTense() {}

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['\u2019][a-z]+)?");

    /** Irregular simple pasts common in news. */
    private static final Set<String> IRREGULAR = Set.of(
            "was",
            "were",
            "had",
            "did",
            "said",
            "told",
            "met",
            "went",
            "came",
            "began",
            "took",
            "made",
            "gave",
            "saw",
            "found",
            "held",
            "left",
            "sent",
            "won",
            "lost",
            "struck",
            "spoke",
            "rose",
            "fell",
            "brought",
            "bought",
            "thought",
            "knew",
            "became",
            "ran",
            "got",
            "led",
            "paid",
            "sold",
            "wrote",
            "chose",
            "flew",
            "drove",
            "broke",
            "fought",
            "sought",
            "shot",
            "built",
            "kept",
            "meant",
            "stood",
            "heard",
            "felt",
            "threw",
            "grew",
            "drew",
            "hid",
            "withdrew",
            "arose",
            "sank",
            "spent",
            "taught",
            "caught",
            "understood",
            "overtook",
            "undertook",
            "forbade",
            "froze",
            "swore",
            "tore",
            "woke");

    /** Words after which a verb form in -ed is a participle or an adjective. */
    private static final Set<String> BEFORE_PARTICIPLE = Set.of(
            "be", "is", "are", "am", "was", "were", "been", "being", "have", "has", "had", "having", "get", "gets",
            "got", "remain", "remains", "seem", "seems", "become", "becomes", "a", "an", "the", "this", "that", "these",
            "those", "its", "their", "his", "her", "our", "my", "your", "newly", "well", "not", "so", "very", "more",
            "most", "less", "least");

    /** -ed words that are no simple past where news uses them: "expected to", "so-called", "need". */
    private static final Set<String> NOT_PAST = Set.of(
            "expected",
            "scheduled",
            "planned",
            "slated",
            "need",
            "needed",
            "red",
            "bed",
            "shed",
            "hundred",
            "speed",
            "seed",
            "feed",
            "breed",
            "bleed",
            "weed",
            "deed",
            "greed",
            "proceed",
            "exceed",
            "succeed",
            "indeed",
            "wed",
            "fed",
            "sacred",
            "naked",
            "wicked",
            "beloved",
            "rugged",
            "ragged",
            "crooked",
            "wretched",
            "hatred",
            "kindred",
            "aged",
            "learned",
            "blessed");

    static boolean in(String sentence) {
        Matcher m = WORD.matcher(sentence);
        String previous = "";
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capitalisedName = Character.isUpperCase(w.charAt(0)) && !previous.isEmpty();
            if (!capitalisedName) {
                if (IRREGULAR.contains(lower)
                        && (AUXILIARIES.contains(lower) || !BEFORE_PARTICIPLE.contains(previous))) {
                    return true;
                }
                if (lower.endsWith("ed")
                        && lower.length() > 3
                        && !NOT_PAST.contains(lower)
                        && !BEFORE_PARTICIPLE.contains(previous)) {
                    return true;
                }
            }
            previous = lower;
        }
        return false;
    }

    /** Pasts that are past wherever they stand ("it was", "they had"). */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "did", "had");
}
