package dev.precis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text blocks of a page's main container, in reading order: each paragraph-like element
 * (paragraph, heading, list item, quotation, ...) that holds no other, and the loose text that many
 * pages write straight into {@code div}s and table cells between {@code <br>}s. A block that is
 * mostly link text (a menu, a list of other stories) is left out; loose text also needs a sentence's
 * length or a sentence's end, so that leftover labels ("Share", "Next") do not become paragraphs.
 */
final class HtmlBlocks {
    static final Set<String> BLOCKS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th");
    /**
     * Table cells are blocks of their own, however short ("286,35 €" in a table of rates), unless
     * they hold lines between {@code <br>}s: a page laid out in a table writes its paragraphs so.
     */
    private static final Set<String> CELLS = Set.of("td", "th");
    /** Elements that group blocks; one that is mostly links is navigation, whatever it holds. */
    private static final Set<String> CONTAINERS = Set.of("ul", "ol", "dl", "table", "div", "section", "aside", "nav");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String BLOCK_SELECTOR = String.join(", ", BLOCKS);
    static final double MAX_LINK_DENSITY = 0.5;
    /** Loose text shorter than this is a label, not a paragraph. */
    static final int MIN_LOOSE_CHARS = 50;

    private final List<String> out = new ArrayList<>();
    /** Whether each block of {@link #out} is a heading. */
    private final List<Boolean> heading = new ArrayList<>();

    private final StringBuilder loose = new StringBuilder();
    private int looseLinked;

    private HtmlBlocks() {}

    static List<String> of(Element root) {
        HtmlBlocks b = new HtmlBlocks();
        root.filter(b.new Walk());
        b.flush();
        List<String> out = b.withoutLabels();
        if (out.isEmpty()) {
            out.addAll(Paragraphs.split(root.wholeText()));
        }
        return out;
    }

    /**
     * The blocks without headings that head nothing: a heading followed by no prose before the next
     * heading or the end ("Related stories" over a list of links that was left out) is a label.
     */
    private List<String> withoutLabels() {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (heading.get(i) && (i + 1 == out.size() || heading.get(i + 1))) {
                continue;
            }
            kept.add(out.get(i));
        }
        return kept;
    }

    private final class Walk implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                loose.append(t.getWholeText());
                if (insideLink(t)) {
                    looseLinked += t.text().length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (BLOCKS.contains(e.normalName())
                    && e.select(BLOCK_SELECTOR).size() == 1
                    && !(CELLS.contains(e.normalName()) && e.selectFirst("br") != null)) {
                flush();
                String text = e.text().strip();
                if (!text.isEmpty() && linkDensity(e, text) <= MAX_LINK_DENSITY) {
                    out.add(text);
                    heading.add(HEADINGS.contains(e.normalName()));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth > 0 && CONTAINERS.contains(e.normalName()) && linkShare(e) > MAX_LINK_DENSITY) {
                flush();
                return FilterResult.SKIP_ENTIRELY; // a list or box of links: its few unlinked labels go with it
            }
            if (e.normalName().equals("br") || e.isBlock()) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                flush();
            }
            return FilterResult.CONTINUE;
        }
    }

    private void flush() {
        String text = Paragraphs.collapseSpaces(loose);
        boolean sentence = Paragraphs.endsSentence(text) && text.indexOf(' ') > 0; // "For a 26 cm tin."
        if ((text.length() >= MIN_LOOSE_CHARS || sentence) && looseLinked <= MAX_LINK_DENSITY * text.length()) {
            out.add(text);
            heading.add(false);
        }
        loose.setLength(0);
        looseLinked = 0;
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** The share of an element's text that is link text. */
    static double linkShare(Element e) {
        return linkDensity(e, e.text());
    }

    /** Characters of an element's text inside links. */
    static int linkedChars(Element e) {
        return e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }

    private static double linkDensity(Element block, String text) {
        return (double) linkedChars(block) / Math.max(1, text.length());
    }
}
