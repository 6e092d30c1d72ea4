package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import dev.precis.text.WordCount;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: an optional leading {@code date YYYY-MM-DD} marker (its own line, or in front
 * of the first sentence as scrapers often leave it), then an optional title line, then the body.
 */
public final class PlainTextReader implements DocumentReader {
    private static final Pattern DATE_MARKER =
            Pattern.compile("^\\s*date[:\\s]+(\\d{4}-\\d{2}-\\d{2})\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_WORDS = 25;

    @Override
    public List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        LocalDate published = null;
        Matcher m = DATE_MARKER.matcher(text);
        if (m.find()) {
            try {
                published = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                problems.accept(new Problem(name, "ignored invalid date marker '" + m.group(1) + "'"));
            }
            text = text.substring(m.end());
        }
        List<String> paragraphs = new ArrayList<>(Paragraphs.split(text));
        if (paragraphs.isEmpty()) {
            throw new BadInputException("no text");
        }
        String title = null;
        if (paragraphs.size() > 1 && isTitle(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        return List.of(
                new Document(Ids.fromFileName(name), title, null, null, published, Paragraphs.join(paragraphs), name));
    }

    /** A headline: short and not a sentence. */
    static boolean isTitle(String line) {
        return !Paragraphs.endsSentence(line) && WordCount.of(line) <= MAX_TITLE_WORDS;
    }
}
