package dev.precis.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.Json;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON Lines: one article per line with fields {@code id, url, source, title, published} and
 * {@code text} or {@code html}. A JSON array of such objects is accepted too. A malformed line is
 * reported with its line number and skipped; the other lines are read.
 */
public final class JsonLinesReader implements DocumentReader {
    private static final ObjectMapper JSON = Json.MAPPER;
    private final HtmlReader html = new HtmlReader();

    @Override
    public List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException {
        List<Document> out = new ArrayList<>();
        String trimmed = content.strip();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = JSON.readTree(trimmed);
                int i = 0;
                for (JsonNode node : array) {
                    i++;
                    addArticle(node, name, "item " + i, out, problems);
                }
            } catch (JsonProcessingException e) {
                throw new BadInputException("malformed JSON: " + firstLine(e.getOriginalMessage()));
            }
            return out;
        }
        // Lines split on '\n' by hand (a server reads one body per request: no pattern per call).
        List<String> lines = new ArrayList<>();
        for (int start = 0; start <= content.length(); ) {
            int end = content.indexOf('\n', start);
            end = end < 0 ? content.length() : end;
            lines.add(content.substring(start, end));
            start = end + 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                addArticle(JSON.readTree(line), name, "line " + (i + 1), out, problems);
            } catch (JsonProcessingException e) {
                problems.accept(
                        new Problem(name + ":" + (i + 1), "malformed JSON: " + firstLine(e.getOriginalMessage())));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException("no readable article in JSON Lines file");
        }
        return out;
    }

    private void addArticle(JsonNode node, String name, String where, List<Document> out, Consumer<Problem> problems) {
        if (!node.isObject()) {
            problems.accept(new Problem(name + " " + where, "not a JSON object"));
            return;
        }
        String id = HtmlReader.firstNonBlank(field(node, "id"), Ids.fromFileName(name) + "#" + (out.size() + 1));
        String origin = name + " " + where;
        String text = field(node, "text");
        Document doc;
        if (text != null && !text.isBlank()) {
            doc = new Document(id, null, null, null, null, Paragraphs.join(Paragraphs.split(text)), origin);
        } else if (field(node, "html") != null) {
            doc = html.extract(id, field(node, "html"), origin);
        } else {
            problems.accept(new Problem(origin, "article has neither 'text' nor 'html'"));
            return;
        }
        if (doc.body().isBlank()) {
            problems.accept(new Problem(origin, "article text is empty"));
            return;
        }
        out.add(new Document(
                id,
                HtmlReader.firstNonBlank(field(node, "title"), doc.title()),
                HtmlReader.firstNonBlank(field(node, "source"), doc.source()),
                HtmlReader.firstNonBlank(field(node, "url"), doc.url()),
                field(node, "published") != null ? DateParser.parse(field(node, "published")) : doc.published(),
                doc.body(),
                origin,
                doc.authors(),
                doc.language()));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
