package dev.precis.text;

/** Counts words the way length budgets do: whitespace-separated pieces of text. */
public final class WordCount {
    private WordCount() {}

    public static int of(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
