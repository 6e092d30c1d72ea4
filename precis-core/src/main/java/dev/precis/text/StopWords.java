package dev.precis.text;

/** English function words: they carry no content for summarization or similarity. */
public final class StopWords {
    private StopWords() {}

    public static boolean contains(String lowerCaseWord) {
        return WordLists.STOP_WORDS.contains(lowerCaseWord);
    }
}
