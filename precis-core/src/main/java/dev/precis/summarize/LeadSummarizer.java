package dev.precis.summarize;

import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.time.LocalDate;
import java.util.List;

/** NIST's baseline: the leading sentences of the most recent document. */
public final class LeadSummarizer implements Summarizer {
    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        AnalyzedDocument latest = null;
        for (AnalyzedDocument d : corpus.documents()) {
            if (!d.sentences().isEmpty() && !request.isNew(d.sentences().get(0))) {
                continue; // seen before: the latest new article leads an update
            }
            if (latest == null || !d.sentences().isEmpty() && newer(d, latest)) {
                latest = d;
            }
        }
        return latest == null ? List.of() : Greedy.inOrder(latest.sentences(), request, null);
    }

    /** Later date wins; among equal or unknown dates the later document in the input wins. */
    private static boolean newer(AnalyzedDocument a, AnalyzedDocument b) {
        LocalDate da = a.document().published();
        LocalDate db = b.document().published();
        if (da == null || db == null) {
            return db == null;
        }
        return !da.isBefore(db);
    }
}
