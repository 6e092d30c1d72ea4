package dev.precis.render;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.model.Problem;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Quote;
import dev.precis.model.StoryReport;
import dev.precis.model.TimelineEntry;

/** JSON as documented in {@code docs/json-schema.md}: the summary's object plus the report's parts. */
public final class ReportJsonRenderer implements ReportRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(StoryReport report, List<Problem> problems) {
        try {
            return JSON.writeValueAsString(toJson(report, problems)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(StoryReport report, List<Problem> problems) {
        ObjectNode root = new JsonRenderer().toJson(report.summary(), problems);
        ArrayNode entities = root.putArray("entities");
        for (Entity e : report.entities()) {
            ObjectNode n = entities.addObject();
            n.put("name", e.name());
            n.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
            n.put("role", e.role());
            e.aliases().forEach(n.putArray("aliases")::add);
            sources(n, e.documents());
            n.put("mentions", e.mentions());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : report.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            n.put("speaker", q.speaker());
            n.put("speakerNamed", q.named());
            sources(n, q.documents());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry t : report.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("date", t.date() == null ? null : t.dateLabel());
            n.put("precision", t.precision() == null ? null : t.precision().name().toLowerCase(java.util.Locale.ROOT));
            n.put("when", t.when());
            n.put("text", t.text());
            sources(n, t.documents());
        }
        ArrayNode disagreements = root.putArray("disagreements");
        for (Disagreement d : report.disagreements()) {
            ObjectNode n = disagreements.addObject();
            n.put("about", d.about());
            ArrayNode versions = n.putArray("versions");
            for (Disagreement.Version v : d.versions()) {
                ObjectNode vn = versions.addObject();
                vn.put("figure", v.figure());
                vn.put("sentence", v.sentence());
                sources(vn, v.documents());
            }
        }
        return root;
    }

    private static void sources(ObjectNode n, List<Integer> documents) {
        ArrayNode a = n.putArray("sources");
        documents.forEach(d -> a.add(d + 1));
    }
}
