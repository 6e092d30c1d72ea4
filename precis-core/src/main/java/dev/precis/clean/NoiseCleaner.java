package dev.precis.clean;

import dev.precis.ingest.Paragraphs;
import dev.precis.model.Document;
import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default cleaner. Per paragraph it applies {@link ParagraphRules}, keeping the article's own
 * lines that are no sentence (subheads between paragraphs of prose, the items of a list a paragraph
 * announces with a colon); across the corpus it drops paragraphs that one outlet repeats on pages
 * about different stories (site boilerplate); on the first paragraph it strips the dateline, taking
 * the outlet's name from it when none is known.
 */
public final class NoiseCleaner implements Cleaner {
    /** A paragraph shared by this many distinct stories of one outlet is that outlet's boilerplate. */
    static final int BOILERPLATE_MIN_STORIES = 3;
    /** A dateline opens one of the first paragraphs (a lead-in caption may come before it). */
    static final int DATELINE_PARAGRAPHS = 3;

    static final int MIN_LIST_ITEM_WORDS = 6;
    /** A subhead is at most this long; a headline of another story set into an article is longer. */
    static final int SUBHEAD_MAX_WORDS = 6;
    /** Pages that are mostly repeated text are versions of one story, not pages sharing furniture. */
    static final double MAX_REPEATED_SHARE = 0.5;

    @Override
    public List<Document> clean(List<Document> documents) {
        List<Page> pages = new ArrayList<>(documents.size());
        for (Document d : documents) {
            pages.add(Page.of(d));
        }
        Set<String> boilerplate = siteBoilerplate(pages);
        List<Document> out = new ArrayList<>(documents.size());
        for (Page page : pages) {
            out.add(cleanOne(page, boilerplate));
        }
        return out;
    }

    /** A document's paragraphs (stripped) and their boilerplate keys, computed once for every pass. */
    private record Page(Document doc, String[] paragraphs, String[] keys) {
        static Page of(Document d) {
            String[] paragraphs = Paragraphs.of(d.body());
            String[] keys = new String[paragraphs.length];
            for (int i = 0; i < paragraphs.length; i++) {
                paragraphs[i] = paragraphs[i].strip();
                keys[i] = key(d.source(), paragraphs[i]);
            }
            return new Page(d, paragraphs, keys);
        }
    }

    private static Document cleanOne(Page page, Set<String> boilerplate) {
        Document d = page.doc();
        List<String> kept = new ArrayList<>();
        String agency = null;
        String datelinePlace = null;
        boolean datelineSeen = false;
        String[] reasons = new String[page.paragraphs().length];
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] = page.paragraphs()[i].isEmpty()
                    ? "empty"
                    : boilerplate.contains(page.keys()[i])
                            ? "boilerplate"
                            : ParagraphRules.noiseReason(page.paragraphs()[i]);
        }
        // List items are the lines that are no sentence after a paragraph ending with a colon
        // ("Zutaten:", "Keep these at hand:"), which is kept with them, up to a paragraph of another
        // kind: no sentence of the article announces the headlines of other stories.
        boolean listOpen = false;
        for (int i = 0; i < page.paragraphs().length; i++) {
            String p = page.paragraphs()[i];
            boolean listItem = (listOpen || opensList(page.paragraphs(), reasons, i))
                    && ParagraphRules.NOT_A_SENTENCE.equals(reasons[i]);
            if (reasons[i] != null && !listItem && !isSubhead(page.paragraphs(), reasons, i)) {
                listOpen = false;
                continue;
            }
            listOpen = listItem || p.endsWith(":");
            if (!datelineSeen && kept.size() < DATELINE_PARAGRAPHS) {
                Datelines.Split split = Datelines.strip(p);
                datelineSeen = split.text().length() < p.length();
                p = split.text();
                agency = split.agency();
                datelinePlace = split.place();
            }
            kept.add(p);
        }
        if (kept.isEmpty()) {
            kept = listItems(page.paragraphs(), reasons);
        }
        Document cleaned = d.withBody(Paragraphs.join(kept));
        if (datelinePlace != null) {
            cleaned = cleaned.withDateline(datelinePlace);
        }
        return cleaned.source() == null && agency != null ? cleaned.withSource(agency) : cleaned;
    }

    /** A paragraph that ends with a colon, followed by a line that is no sentence: a list's opening. */
    private static boolean opensList(String[] paragraphs, String[] reasons, int i) {
        return paragraphs[i].endsWith(":")
                && i + 1 < paragraphs.length
                && ParagraphRules.NOT_A_SENTENCE.equals(reasons[i + 1]);
    }

    /**
     * A short line that is no sentence between two paragraphs of prose, inside the article: a
     * subhead ("Cautious optimism"). Headlines of other stories come in runs, over a teaser cut
     * short, or set into the article at a headline's length (more than {@value #SUBHEAD_MAX_WORDS}
     * words); bylines open with "By".
     */
    private static boolean isSubhead(String[] paragraphs, String[] reasons, int i) {
        return ParagraphRules.NOT_A_SENTENCE.equals(reasons[i])
                && i > 0
                && i + 1 < paragraphs.length
                && reasons[i - 1] == null
                && reasons[i + 1] == null
                && WordCount.of(paragraphs[i]) <= SUBHEAD_MAX_WORDS
                && !paragraphs[i].startsWith("By ");
    }

    /**
     * An article made only of unpunctuated lines is a list (results, names, schedule), not page
     * furniture: rather than drop it whole, keep its lines of at least {@link #MIN_LIST_ITEM_WORDS}
     * words that no other rule rejects.
     */
    private static List<String> listItems(String[] paragraphs, String[] reasons) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            // Boilerplate has its own reason, so only the article's own lines qualify.
            if (ParagraphRules.NOT_A_SENTENCE.equals(reasons[i])
                    && WordCount.of(paragraphs[i]) >= MIN_LIST_ITEM_WORDS) {
                items.add(paragraphs[i]);
            }
        }
        return items;
    }

    /**
     * Paragraphs that one outlet prints on several pages about different stories. "Different" is
     * judged by how much of each page is such repeated text: on a page, boilerplate is a minor part,
     * while an agency's successive versions of one story repeat most of their text, and that text is
     * news.
     */
    private static Set<String> siteBoilerplate(List<Page> pages) {
        Map<String, List<Integer>> docsByParagraph = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).doc().source() == null) {
                continue;
            }
            for (String k : new HashSet<>(List.of(pages.get(i).keys()))) {
                docsByParagraph.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<String> repeated = new HashSet<>();
        docsByParagraph.forEach((k, docs) -> {
            if (docs.size() >= BOILERPLATE_MIN_STORIES) {
                repeated.add(k);
            }
        });
        if (repeated.isEmpty()) {
            return repeated;
        }
        double[] repeatedShare = new double[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            long total = 0;
            long rep = 0;
            for (int j = 0; j < page.paragraphs().length; j++) {
                total += page.paragraphs()[j].length();
                if (repeated.contains(page.keys()[j])) {
                    rep += page.paragraphs()[j].length();
                }
            }
            repeatedShare[i] = total == 0 ? 0 : (double) rep / total;
        }
        Set<String> out = new HashSet<>();
        for (String k : repeated) {
            double[] shares = docsByParagraph.get(k).stream()
                    .mapToDouble(i -> repeatedShare[i])
                    .sorted()
                    .toArray();
            if (shares[shares.length / 2] < MAX_REPEATED_SHARE) {
                out.add(k);
            }
        }
        return out;
    }

    private static String key(String source, String paragraph) {
        return (source == null ? "" : source) + "\u0000" + paragraph.toLowerCase(Locale.ROOT);
    }
}
