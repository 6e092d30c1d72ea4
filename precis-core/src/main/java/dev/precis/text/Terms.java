package dev.precis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Stems and content terms of a sentence: lower-cased Porter stems of its words with punctuation
 * removed; content terms also leave out stop words. A word type is stemmed once per thread (news
 * repeats its words: the stem cache answers most tokens), in a cache of bounded size.
 */
public final class Terms {
    /** Word types remembered per thread; the cache starts afresh when full (news vocabularies fit easily). */
    private static final int CACHE_LIMIT = 200_000;

    private final ThreadLocal<Stemmer> stemmer = ThreadLocal.withInitial(Stemmer::new);

    /** A sentence's stems (every word, stop words unstemmed) and content terms (no stop words), in text order. */
    public record Analysis(List<String> stems, List<String> contentTerms) {}

    /** Stems and content terms in one pass over the tokens. */
    public Analysis analyse(List<String> tokens) {
        List<String> stems = new ArrayList<>(tokens.size());
        List<String> content = new ArrayList<>(tokens.size());
        Stemmer s = stemmer.get();
        for (String token : tokens) {
            Stemmer.Entry e = s.entry(token);
            if (e != null) {
                stems.add(e.stem);
                if (!e.stopWord) {
                    content.add(e.stem);
                }
            }
        }
        return new Analysis(stems, content);
    }

    /** The stem of one word (a stop word is its own stem), or null when it holds no letter or digit. */
    public String stem(String word) {
        Stemmer.Entry e = stemmer.get().entry(word);
        return e == null ? null : e.stem;
    }

    /** Stems of every word token, stop words included (kept so that bigrams stay contiguous). */
    public List<String> stems(List<String> tokens) {
        return analyse(tokens).stems();
    }

    /** Content terms: stems of the words that are not stop words. */
    public List<String> contentTerms(List<String> tokens) {
        return analyse(tokens).contentTerms();
    }

    /** Lower case, curly apostrophes straightened, and only tokens holding a letter or digit. */
    static String normalize(String token) {
        String w = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return w;
            }
        }
        return "";
    }

    /** One thread's Porter stemmer and its cache from token (as written) to stem. */
    private static final class Stemmer {
        private record Entry(String stem, boolean stopWord) {}

        private static final Entry NOT_A_WORD = new Entry("", true);

        private final PorterStemmer porter = new PorterStemmer();
        private final Map<String, Entry> cache = new HashMap<>();

        /** The token's stem, or null when it holds no letter or digit. */
        Entry entry(String token) {
            Entry e = cache.get(token);
            if (e == null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                String w = normalize(token);
                if (w.isEmpty()) {
                    e = NOT_A_WORD;
                } else {
                    boolean stop = StopWords.contains(w);
                    e = new Entry(stop ? w : porter.stem(w), stop);
                }
                cache.put(token, e);
            }
            return e == NOT_A_WORD ? null : e;
        }
    }
}
