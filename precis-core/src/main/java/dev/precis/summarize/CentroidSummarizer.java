package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.text.TermVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Centroid-based summarization (Radev et al. 2004): sentences closest, in tf-idf space, to the
 * centroid of the whole cluster (or to the query, in topic-focused mode, mixed half and half).
 */
public final class CentroidSummarizer implements Summarizer {
    @Override
    public List<Sentence> select(Corpus corpus, SummaryRequest request) {
        TermVectors vectors = new TermVectors(corpus);
        TermVector centroid = centroid(corpus, vectors);
        TermVector query = vectors.weigh(request.queryTerms());
        return Greedy.byScore(
                Candidates.of(corpus, request),
                s -> {
                    double c = vectors.of(s).cosine(centroid);
                    return request.hasQuery() ? 0.5 * c + 0.5 * vectors.of(s).cosine(query) : c;
                },
                request,
                vectors);
    }

    static TermVector centroid(Corpus corpus, TermVectors vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (Sentence s : corpus.sentences()) {
            vectors.of(s).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        sum.replaceAll((t, w) -> w / Math.max(1, corpus.size()));
        return TermVector.of(sum);
    }
}
