package dev.precis.model;

import dev.precis.text.WordCount;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sentence of an analysed document, with what every stage computed for it. Tokens, stems and
 * content terms are computed once by analysis; part-of-speech tags only when a stage first asks for
 * them ({@link #tags()}), once, and shared by every copy of the sentence ({@link #withDoc}).
 *
 * <p>Equality is by value over the analysis (position, text, tokens, stems, terms), as for a record;
 * the tags follow from the tokens.
 */
public final class Sentence {
    private final int doc;
    private final int index;
    private final int paragraph;
    private final String text;
    private final List<String> tokens;
    private final List<String> stems;
    private final List<String> terms;
    private final LazyTags tags;

    /**
     * @param doc       index of its document in the {@link Corpus}
     * @param index     position of the sentence within its document (0-based)
     * @param paragraph paragraph number within the document (0-based)
     * @param text      the sentence as written
     * @param tokens    word tokens as written
     * @param stems     lower-cased Porter stems of every word token (punctuation removed), in text order
     * @param terms     lower-cased Porter stems of the content words (stop words and punctuation
     *                  removed), in text order
     * @param tagger    part-of-speech tagger for these tokens, run on first use of {@link #tags()}
     */
    public Sentence(
            int doc,
            int index,
            int paragraph,
            String text,
            List<String> tokens,
            List<String> stems,
            List<String> terms,
            Function<List<String>, List<String>> tagger) {
        this.doc = doc;
        this.index = index;
        this.paragraph = paragraph;
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
        this.stems = List.copyOf(stems);
        this.terms = List.copyOf(terms);
        this.tags = new LazyTags(Objects.requireNonNull(tagger, "tagger"));
    }

    /** The same analysis as part of another document; the tags (once computed) are shared. */
    private Sentence(Sentence same, int doc) {
        this.doc = doc;
        this.index = same.index;
        this.paragraph = same.paragraph;
        this.text = same.text;
        this.tokens = same.tokens;
        this.stems = same.stems;
        this.terms = same.terms;
        this.tags = same.tags;
    }

    public int doc() {
        return doc;
    }

    public int index() {
        return index;
    }

    public int paragraph() {
        return paragraph;
    }

    public String text() {
        return text;
    }

    public List<String> tokens() {
        return tokens;
    }

    public List<String> stems() {
        return stems;
    }

    public List<String> terms() {
        return terms;
    }

    /** Universal Dependencies part-of-speech tag of each token; computed on first call, then kept. */
    public List<String> tags() {
        return tags.of(tokens);
    }

    /** The tag of token i; a fused possessive ("Blair's", PROPN+PART) counts as its first part. */
    public String tag(int i) {
        String t = tags().get(i);
        int plus = t.indexOf('+');
        return plus > 0 ? t.substring(0, plus) : t;
    }

    /**
     * Whether the sentence has a verb (a word the tagger marks VERB or AUX): "Jeffrey Carpenter, team
     * leader at the Computer Emergency Response Team." has none and is a fragment. Needs the tags.
     */
    public boolean hasVerb() {
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tag(i);
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** The same sentence as part of document {@code newDoc} of another corpus; tags are shared. */
    public Sentence withDoc(int newDoc) {
        return new Sentence(this, newDoc);
    }

    /** Length in words as a reader counts them (whitespace-separated). */
    public int wordCount() {
        return WordCount.of(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s
                && doc == s.doc
                && index == s.index
                && paragraph == s.paragraph
                && text.equals(s.text)
                && tokens.equals(s.tokens)
                && stems.equals(s.stems)
                && terms.equals(s.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(doc, index, paragraph, text, tokens, stems, terms);
    }

    @Override
    public String toString() {
        return "Sentence[doc=" + doc + ", index=" + index + ", text=" + text + "]";
    }

    /** Tags computed at most once, by whichever thread asks first. */
    private static final class LazyTags {
        private final Function<List<String>, List<String>> tagger;
        private volatile List<String> tags;

        LazyTags(Function<List<String>, List<String>> tagger) {
            this.tagger = tagger;
        }

        List<String> of(List<String> tokens) {
            List<String> t = tags;
            if (t == null) {
                synchronized (this) {
                    t = tags;
                    if (t == null) {
                        t = List.copyOf(tagger.apply(tokens));
                        tags = t;
                    }
                }
            }
            return t;
        }
    }
}
