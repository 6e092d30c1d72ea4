package dev.precis.summarize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** All summarization methods, by the name users select them with. */
public final class Summarizers {
    public static final String DEFAULT = "coverage";
    private static final Map<String, Supplier<Summarizer>> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("coverage", CoverageSummarizer::new);
        METHODS.put("lead", LeadSummarizer::new);
        METHODS.put("random", RandomSummarizer::new);
        METHODS.put("centroid", CentroidSummarizer::new);
        METHODS.put("lexrank", LexRankSummarizer::new);
        METHODS.put("textrank", TextRankSummarizer::new);
        METHODS.put("mmr", MmrSummarizer::new);
    }

    private Summarizers() {}

    public static Summarizer byName(String name) {
        Supplier<Summarizer> s = METHODS.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "unknown method '" + name + "'; choose one of " + String.join(", ", names()));
        }
        return s.get();
    }

    public static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }
}
