package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NIST's jackknifing over references: with k references, a system summary is scored k times, each
 * time against the references but one, and a human's summary only against the other humans, so
 * humans and systems are compared on the same footing.
 */
public final class Jackknife {
    private Jackknife() {}

    /**
     * @param peer       the summary's sentences
     * @param references reference summaries by author id
     * @param author     the author id when the summary is itself one of the references, else null
     * @return scores by left-out reference id (a single entry "-" when there is only one reference)
     */
    public static Map<String, Map<String, RougeScore>> score(
            Rouge rouge, List<String> peer, Map<String, List<String>> references, String author) {
        Map<String, Map<String, RougeScore>> out = new LinkedHashMap<>();
        if (references.size() < 2) {
            out.put("-", rouge.score(peer, new ArrayList<>(references.values())));
            return out;
        }
        for (String leftOut : references.keySet()) {
            if (author != null && !author.equals(leftOut)) {
                continue;
            }
            List<List<String>> others = new ArrayList<>();
            references.forEach((id, lines) -> {
                if (!id.equals(leftOut)) {
                    others.add(lines);
                }
            });
            out.put(leftOut, rouge.score(peer, others));
        }
        return out;
    }
}
