package dev.precis.eval.audit;

import dev.precis.model.Summary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One method's audit over a dataset: sentences read, how many have each flaw, and a few examples. */
public final class AuditTally {
    /** Examples kept per flaw, for a reader to check the rules against. */
    static final int EXAMPLES = 3;

    private int sentences;
    private int flawed;
    private final Map<SummaryAudit.Flaw, Integer> counts = new EnumMap<>(SummaryAudit.Flaw.class);
    private final Map<SummaryAudit.Flaw, List<String>> examples = new EnumMap<>(SummaryAudit.Flaw.class);

    /** Adds one summary (of the cluster named). */
    public void add(String cluster, Summary summary, dev.precis.model.Corpus corpus) {
        if (summary == null) {
            return;
        }
        List<Set<SummaryAudit.Flaw>> flaws = SummaryAudit.audit(summary, corpus);
        for (int i = 0; i < flaws.size(); i++) {
            sentences++;
            if (!flaws.get(i).isEmpty()) {
                flawed++;
            }
            for (SummaryAudit.Flaw f : flaws.get(i)) {
                counts.merge(f, 1, Integer::sum);
                List<String> some = examples.computeIfAbsent(f, k -> new ArrayList<>());
                if (some.size() < EXAMPLES) {
                    some.add(cluster + ": " + summary.sentences().get(i).text());
                }
            }
        }
    }

    public int sentences() {
        return sentences;
    }

    /** Share of sentences with the flaw (0 when none were read). */
    public double share(SummaryAudit.Flaw flaw) {
        return sentences == 0 ? 0 : counts.getOrDefault(flaw, 0) / (double) sentences;
    }

    /** Share of sentences with at least one flaw. */
    public double shareFlawed() {
        return sentences == 0 ? 0 : flawed / (double) sentences;
    }

    public List<String> examples(SummaryAudit.Flaw flaw) {
        return examples.getOrDefault(flaw, List.of());
    }
}
