package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Problem;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON as documented in {@code docs/json-schema.md}. */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Summary summary, List<Problem> problems) {
        try {
            return JSON.writeValueAsString(toJson(summary, problems)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(Summary summary, List<Problem> problems) {
        ObjectNode root = JSON.createObjectNode();
        root.put("method", summary.method());
        root.put("words", summary.wordCount());
        ArrayNode sentences = root.putArray("sentences");
        for (SummarySentence s : summary.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("text", s.text());
            n.put("source", s.source() + 1);
            ArrayNode corroborating = n.putArray("corroborating");
            s.corroborating().forEach(d -> corroborating.add(d + 1));
            n.put("position", s.sentence().index());
        }
        ArrayNode sources = root.putArray("sources");
        List<Document> docs = summary.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            ObjectNode n = sources.addObject();
            n.put("number", i + 1);
            n.put("id", d.id());
            n.put("title", d.title());
            n.put("source", d.source());
            n.put("url", d.url());
            n.put("published", d.published() == null ? null : d.published().toString());
            n.put("origin", d.origin());
        }
        ArrayNode skipped = root.putArray("skipped");
        for (Problem p : problems) {
            skipped.addObject().put("name", p.name()).put("reason", p.reason());
        }
        return root;
    }
}
