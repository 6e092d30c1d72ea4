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

    /**
     * A sentence's tokens, stems (every word, stop words unstemmed) and content terms (no stop
     * words), in text order. The tokens are the ones given, as equal strings shared with earlier
     * sentences (the cache's own instances): a kept analysis then holds each word type's text
     * once, not once per occurrence, which halves an article's analysis in memory.
     */
    public record Analysis(List<String> tokens, List<String> stems, List<String> contentTerms) {}

    /** Tokens (shared), stems and content terms in one pass over the tokens. */
    public Analysis analyse(List<String> tokens) {
        String[] shared = new String[tokens.size()];
        List<String> stems = new ArrayList<>(tokens.size());
        List<String> content = new ArrayList<>(tokens.size());
        Stemmer s = stemmer.get();
        for (int i = 0; i < shared.length; i++) {
            Stemmer.Entry e = s.entry(tokens.get(i));
            shared[i] = e.token;
            if (e.stem != null) {
                stems.add(e.stem);
                if (!e.stopWord) {
                    content.add(e.stem);
                }
            }
        }
        return new Analysis(List.of(shared), stems, content);
    }

    /** The stem of one word (a stop word is its own stem), or null when it holds no letter or digit. */
    public String stem(String word) {
        return stemmer.get().entry(word).stem;
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
        /** A token as first seen, its stem (null when it holds no letter or digit), whether a stop word. */
        private record Entry(String token, String stem, boolean stopWord) {}

        private final PorterStemmer porter = new PorterStemmer();
        private final Map<String, Entry> cache = new HashMap<>();

        Entry entry(String token) {
            Entry e = cache.get(token);
            if (e == null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                String w = normalize(token);
                if (w.isEmpty()) {
                    e = new Entry(token, null, true);
                } else {
                    boolean stop = StopWords.contains(w);
                    e = new Entry(token, stop ? w : porter.stem(w), stop);
                }
                cache.put(token, e);
            }
            return e;
        }
    }
}
