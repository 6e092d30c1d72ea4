package dev.precis.report;

import dev.precis.analyze.Analyzer;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The places of the wire datelines the cleaner took off the articles ("HANGZHOU, China (CNN) —"),
 * as sentences for the entity stage: "In Hangzhou, China." counts as a mention of Hangzhou in that
 * article, with the place preposition that types it. Only the entity stage reads them; they are
 * never summary candidates.
 */
final class DatelinePlaces {
    private static final Analyzer ANALYZER = new Analyzer();

    /** A place's words: letters, dots, apostrophes, inner hyphens ("WILKES-BARRE", "S.D."); no slugs. */
    private static final Pattern PLACE =
            Pattern.compile("[\\p{L}.']+(?:-[\\p{L}.']+)?(?:,?\\s+[\\p{L}.']+(?:-[\\p{L}.']+)?){0,4}");

    /** The date a wire service writes after the place: ", January 24", ", Nov. 3". */
    private static final Pattern WIRE_DATE = Pattern.compile(",?\\s*\\p{L}+\\.?\\s+\\d{1,2}$");

    private DatelinePlaces() {}

    /** The story's sentences with one more per dateline, in its article. */
    static List<Sentence> withDatelines(Corpus corpus) {
        List<Sentence> out = new ArrayList<>(corpus.sentences());
        for (int i = 0; i < corpus.size(); i++) {
            String dateline = corpus.documents().get(i).document().dateline();
            // "NAIROBI, January 24": the place without the wire's date.
            String place = dateline == null ? null : WIRE_DATE.matcher(dateline).replaceFirst("");
            if (place != null && PLACE.matcher(place).matches()) {
                Document line = new Document("dateline", null, null, null, null, "In " + titleCase(place) + ".", null);
                AnalyzedDocument read = ANALYZER.analyze(i, line);
                out.addAll(read.sentences());
            }
        }
        return out;
    }

    /** "PINE RIDGE, S.D." is "Pine Ridge, S.D."; words already in mixed case stay as written. */
    static String titleCase(String place) {
        StringBuilder out = new StringBuilder();
        for (String word : place.split("(?<=\\s)|(?=\\s)")) {
            boolean shout = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.contains(".");
            if (shout) {
                String lower = word.toLowerCase(Locale.ROOT);
                out.append(Character.toUpperCase(lower.charAt(0)));
                // "WILKES-BARRE": each part capitalised.
                for (int k = 1; k < lower.length(); k++) {
                    char c = lower.charAt(k);
                    out.append(
                            lower.charAt(k - 1) == '-' || lower.charAt(k - 1) == '\'' ? Character.toUpperCase(c) : c);
                }
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
