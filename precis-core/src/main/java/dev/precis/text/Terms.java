package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Stems and content terms of a sentence: lower-cased Porter stems of its words with punctuation
 * removed; content terms also leave out stop words.
 */
public final class Terms {
    private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);

    /** Stems of every word token, stop words included (kept so that bigrams stay contiguous). */
    public List<String> stems(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        PorterStemmer porter = stemmer.get();
        for (String token : tokens) {
            String w = normalize(token);
            if (!w.isEmpty()) {
                out.add(StopWords.contains(w) ? w : porter.stem(w));
            }
        }
        return out;
    }

    /** Content terms: stems of the words that are not stop words. */
    public List<String> contentTerms(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        PorterStemmer porter = stemmer.get();
        for (String token : tokens) {
            String w = normalize(token);
            if (!w.isEmpty() && !StopWords.contains(w)) {
                out.add(porter.stem(w));
            }
        }
        return out;
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
}
