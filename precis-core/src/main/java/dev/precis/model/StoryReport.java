package dev.precis.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The product of the pipeline for one story: the attributed summary, who is involved, who said
 * what, when things happened and where the sources disagree, each present when it was asked for
 * ({@link #sections()}; a section not asked for is empty). Document indexes refer to
 * {@link #documents()}.
 */
public record StoryReport(
        Set<Section> sections,
        Summary summary,
        List<Entity> entities,
        List<Quote> quotes,
        List<TimelineEntry> timeline,
        List<Disagreement> disagreements,
        List<Document> documents) {
    public StoryReport {
        sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        disagreements = List.copyOf(disagreements);
        documents = List.copyOf(documents);
    }

    @Override
    public Set<Section> sections() {
        return sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    /** The story's headline: see {@link #titleOf}. */
    public String title() {
        return titleOf(documents);
    }

    /** A wire service's slug rather than a headline: "BC-NJ--Evolution & Schools,730". */
    private static final java.util.regex.Pattern WIRE_SLUG = java.util.regex.Pattern.compile("--|,\\s*\\d+\\s*$|^BC-");
    /** How much an all-capitals headline's centrality counts against one in ordinary case. */
    private static final double ALL_CAPS_WEIGHT = 0.75;

    /**
     * A story's headline: of its articles' titles (not wire slugs), the one that shares most words with the others
     * (the most central: a feature on luxury travel filed with a crash story shares none), the
     * earliest among equals; the first article's label when none has a title.
     */
    public static String titleOf(List<Document> documents) {
        List<String> all = documents.stream()
                .map(Document::title)
                .filter(t -> t != null && !t.isBlank())
                .toList();
        if (all.isEmpty()) {
            return documents.isEmpty() ? "" : documents.get(0).label();
        }
        List<String> readable =
                all.stream().filter(t -> !WIRE_SLUG.matcher(t).find()).toList();
        List<String> titles = readable.isEmpty() ? all : readable;
        List<java.util.Set<String>> words =
                titles.stream().map(StoryReport::headlineWords).toList();
        // How many headlines hold each word: a headline's overlap with all the others is then the
        // sum over its own words (linear in the headlines, not quadratic: a story of hundreds of
        // articles is listed after every arrival).
        java.util.Map<String, Integer> headlinesWith = new java.util.HashMap<>();
        for (java.util.Set<String> w : words) {
            w.forEach(word -> headlinesWith.merge(word, 1, Integer::sum));
        }
        int best = 0;
        double bestShared = -1;
        for (int i = 0; i < titles.size(); i++) {
            double shared = 0;
            if (!words.get(i).isEmpty()) {
                int others = 0;
                for (String word : words.get(i)) {
                    others += headlinesWith.get(word) - 1;
                }
                shared = (double) others / words.get(i).size();
            }
            if (titles.get(i).equals(titles.get(i).toUpperCase(java.util.Locale.ROOT))) {
                shared *= ALL_CAPS_WEIGHT; // a desk's all-capitals headline reads worse than the same words in case
            }
            if (shared > bestShared + 1e-9) {
                best = i;
                bestShared = shared;
            }
        }
        return titles.get(best);
    }

    /** A headline's words of four letters or more, lower case, a plural "s" dropped. */
    private static java.util.Set<String> headlineWords(String title) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
