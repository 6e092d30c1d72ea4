package dev.precis.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/** RSS and Atom feeds (Rome): one document per entry, its text from the entry's content or summary. */
public final class FeedReader implements DocumentReader {
    private final HtmlReader html = new HtmlReader();

    @Override
    public List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(content));
        } catch (FeedException | IllegalArgumentException e) {
            throw new BadInputException("malformed feed: " + JsonLinesReader.firstLine(e.getMessage()));
        }
        List<Document> out = new ArrayList<>();
        int i = 0;
        for (SyndEntry entry : feed.getEntries()) {
            i++;
            String origin = name + " entry " + i;
            String markup = entryMarkup(entry);
            if (markup == null || markup.isBlank()) {
                problems.accept(new Problem(origin, "feed entry has no text"));
                continue;
            }
            String id = HtmlReader.firstNonBlank(entry.getUri(), entry.getLink(), Ids.fromFileName(name) + "#" + i);
            Document body = html.extract(id, "<html><body>" + markup + "</body></html>", origin);
            if (body.body().isBlank()) {
                problems.accept(new Problem(origin, "feed entry has no text"));
                continue;
            }
            out.add(new Document(
                    id,
                    entry.getTitle(),
                    feed.getTitle(),
                    entry.getLink(),
                    toDate(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    body.body(),
                    origin));
        }
        if (out.isEmpty()) {
            throw new BadInputException("feed has no entries with text");
        }
        return out;
    }

    private static String entryMarkup(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.length() == 0 && entry.getDescription() != null) {
            sb.append(entry.getDescription().getValue());
        }
        return sb.toString();
    }

    private static LocalDate toDate(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
