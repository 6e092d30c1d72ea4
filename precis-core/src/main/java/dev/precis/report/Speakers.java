package dev.precis.report;

import dev.precis.model.Sentence;
import dev.precis.text.WordLists;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may be speaking in a sentence that reports speech: its names ("..., Obama told reporters",
 * "a fact Obama acknowledged on Sunday"). Two sentences that both report speech and share a name
 * are taken for one speaker's words, by the attributor (a short quotation they share is one
 * statement) and by the timeline (one speaker's words on one day are one event).
 */
public final class Speakers {
    private Speakers() {}

    /**
     * The names (lower case, longer than two letters, not a day or month) of a sentence that reports
     * speech; none when it reports none.
     */
    public static Set<String> of(Sentence s) {
        Set<String> names = new HashSet<>();
        boolean speech = false;
        for (int i = 0; i < s.tokens().size(); i++) {
            String lower = s.tokens().get(i).toLowerCase(Locale.ROOT);
            speech |= WordLists.SPEECH_VERBS.contains(lower);
            if (s.tag(i).equals("PROPN")
                    && lower.length() > 2
                    && !Lexicon.WEEKDAYS.containsKey(lower)
                    && !Lexicon.MONTHS.containsKey(lower)) {
                names.add(lower);
            }
        }
        return speech ? names : Set.of();
    }

    /** Whether both sentences report speech and name someone in common. */
    public static boolean same(Sentence a, Sentence b) {
        Set<String> shared = new HashSet<>(of(a));
        shared.retainAll(of(b));
        return !shared.isEmpty();
    }
}
