package dev.precis.clean;

import dev.precis.ingest.Paragraphs;
import dev.precis.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default cleaner. Per paragraph it applies {@link ParagraphRules}; across the corpus it drops
 * paragraphs that one outlet repeats on pages about different stories (site boilerplate); on the
 * first paragraph it strips the dateline, taking the outlet's name from it when none is known.
 */
public final class NoiseCleaner implements Cleaner {
    /** A paragraph shared by this many distinct stories of one outlet is that outlet's boilerplate. */
    static final int BOILERPLATE_MIN_STORIES = 3;
    /** A dateline opens one of the first paragraphs (a lead-in caption may come before it). */
    static final int DATELINE_PARAGRAPHS = 3;
    /** Pages whose word sets overlap less than this (Jaccard) are about different stories. */
    static final double DISTINCT_STORY_MAX_JACCARD = 0.3;

    @Override
    public List<Document> clean(List<Document> documents) {
        Set<String> boilerplate = siteBoilerplate(documents);
        List<Document> out = new ArrayList<>(documents.size());
        for (Document d : documents) {
            out.add(cleanOne(d, boilerplate));
        }
        return out;
    }

    private static Document cleanOne(Document d, Set<String> boilerplate) {
        List<String> kept = new ArrayList<>();
        String agency = null;
        boolean datelineSeen = false;
        for (String paragraph : d.body().split("\n\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || ParagraphRules.noiseReason(p) != null
                    || boilerplate.contains(key(d.source(), p))) {
                continue;
            }
            if (!datelineSeen && kept.size() < DATELINE_PARAGRAPHS) {
                Datelines.Split split = Datelines.strip(p);
                datelineSeen = split.text().length() < p.length();
                p = split.text();
                agency = split.agency();
            }
            kept.add(p);
        }
        Document cleaned = d.withBody(Paragraphs.join(kept));
        return cleaned.source() == null && agency != null ? cleaned.withSource(agency) : cleaned;
    }

    /**
     * Paragraphs that one outlet prints on several pages about different stories. "Different" is
     * judged on the pages' vocabulary, not their titles alone: an agency's successive versions of
     * one story share paragraphs too, and those are news, not boilerplate.
     */
    private static Set<String> siteBoilerplate(List<Document> documents) {
        Map<String, List<Integer>> docsByParagraph = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d.source() == null) {
                continue;
            }
            for (String p : new HashSet<>(List.of(d.body().split("\n\n")))) {
                docsByParagraph.computeIfAbsent(key(d.source(), p.strip()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Set<String>> vocabulary = new HashMap<>();
        Set<String> out = new HashSet<>();
        docsByParagraph.forEach((k, docs) -> {
            if (docs.size() >= BOILERPLATE_MIN_STORIES && distinctStories(docs, documents, vocabulary)) {
                out.add(k);
            }
        });
        return out;
    }

    private static boolean distinctStories(List<Integer> docs, List<Document> documents, Map<Integer, Set<String>> vocabulary) {
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < docs.size(); a++) {
            for (int b = a + 1; b < docs.size() && pairs < 100; b++) {
                Set<String> va = vocabulary.computeIfAbsent(docs.get(a), i -> words(documents.get(i).body()));
                Set<String> vb = vocabulary.computeIfAbsent(docs.get(b), i -> words(documents.get(i).body()));
                Set<String> common = new HashSet<>(va);
                common.retainAll(vb);
                total += (double) common.size() / Math.max(1, va.size() + vb.size() - common.size());
                pairs++;
            }
        }
        return pairs > 0 && total / pairs < DISTINCT_STORY_MAX_JACCARD;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    private static String key(String source, String paragraph) {
        return (source == null ? "" : source) + "\u0000" + paragraph.toLowerCase(Locale.ROOT);
    }
}
