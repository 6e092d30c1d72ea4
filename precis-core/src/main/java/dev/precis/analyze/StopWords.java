package dev.precis.analyze;

import java.util.Set;

/** English function words: they carry no content for summarization or similarity. */
public final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "least", "less", "let", "like", "may", "me", "might", "more", "most", "much",
            "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
            "only", "or", "other", "others", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
            "quite", "rather", "really", "said", "same", "say", "says", "shall", "she", "should", "since", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
            "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
            "your", "yours", "yourself", "yourselves", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "mr", "mrs",
            "ms", "told", "according", "another", "among", "around", "away", "back", "even", "many", "new",
            "still", "two", "well");

    private StopWords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
