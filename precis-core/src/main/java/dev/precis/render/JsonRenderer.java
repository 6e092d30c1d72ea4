package dev.precis.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Json;
import dev.precis.model.Disagreement;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import dev.precis.model.Problem;
import dev.precis.model.Quote;
import dev.precis.model.Section;
import dev.precis.model.Story;
import dev.precis.model.StoryReport;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** JSON as documented in {@code docs/json-schema.md}. */
public final class JsonRenderer implements Renderer {
    @Override
    public String render(StoryReport report, List<Problem> problems) {
        return Json.pretty(toJson(report, problems)) + "\n";
    }

    @Override
    public String render(List<Story> stories, List<Problem> problems) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode array = root.putArray("stories");
        for (Story s : stories) {
            ObjectNode n = array.addObject();
            n.put("title", s.title());
            n.put("size", s.size());
            n.put("first", s.first() == null ? null : s.first().toString());
            n.put("last", s.last() == null ? null : s.last().toString());
            n.set("summary", toJson(s.report(), List.of()));
            ArrayNode folded = n.putArray("folded");
            Markers.forEachCopy(
                    s,
                    (copy, kept) ->
                            folded.addObject().put("copy", copy.origin()).put("of", kept.origin()));
        }
        skipped(root, problems);
        return Json.pretty(root) + "\n";
    }

    /** The report as a JSON object: the sections it holds, its sources, and the skipped inputs. */
    public ObjectNode toJson(StoryReport report, List<Problem> problems) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (report.has(Section.SUMMARY)) {
            root.put("method", report.summary().method());
            root.put("words", report.summary().wordCount());
            if (report.summary().isUpdate()) {
                ArrayNode seen = root.putArray("seen"); // source numbers the reader had read
                report.summary().seen().forEach(i -> seen.add(i + 1));
            }
            sentences(root, report.summary());
        }
        ArrayNode sources = root.putArray("sources");
        List<Document> docs = report.documents();
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
        skipped(root, problems);
        if (report.has(Section.ENTITIES)) {
            array(root, "entities", report.entities(), JsonRenderer::entity);
        }
        if (report.has(Section.QUOTES)) {
            array(root, "quotes", report.quotes(), JsonRenderer::quote);
        }
        if (report.has(Section.TIMELINE)) {
            array(root, "timeline", report.timeline(), (n, t) -> {
                event(n, t);
                if (report.summary().isUpdate()) {
                    n.put("new", Markers.isNew(t.documents(), report.summary()));
                }
            });
        }
        if (report.has(Section.DISAGREEMENTS)) {
            array(root, "disagreements", report.disagreements(), (n, d) -> {
                disagreement(n, d);
                if (report.summary().isUpdate()) {
                    n.put("new", d.versions().stream().anyMatch(v -> Markers.isNew(v.documents(), report.summary())));
                }
            });
        }
        return root;
    }

    private static <T> void array(ObjectNode root, String name, List<T> items, BiConsumer<ObjectNode, T> write) {
        ArrayNode array = root.putArray(name);
        items.forEach(item -> write.accept(array.addObject(), item));
    }

    private static void entity(ObjectNode n, Entity e) {
        n.put("name", e.name())
                .put("type", e.type().name().toLowerCase(Locale.ROOT))
                .put("role", e.role());
        e.aliases().forEach(n.putArray("aliases")::add);
        sources(n, e.documents());
        n.put("mentions", e.mentions());
    }

    private static void quote(ObjectNode n, Quote q) {
        n.put("text", q.text()).put("speaker", q.speaker()).put("speakerNamed", q.named());
        sources(n, q.documents());
    }

    private static void event(ObjectNode n, TimelineEntry t) {
        String precision = t.precision() == null ? null : t.precision().name().toLowerCase(Locale.ROOT);
        n.put("date", t.date() == null ? null : t.dateLabel()).put("precision", precision);
        n.put("when", t.when()).put("text", t.text()).put("expected", t.expected());
        sources(n, t.documents());
    }

    private static void disagreement(ObjectNode n, Disagreement d) {
        n.put("about", d.about());
        n.put("estimatesVary", d.estimatesVary());
        array(n, "versions", d.versions(), (vn, v) -> {
            vn.put("figure", v.figure()).put("sentence", v.sentence());
            sources(vn, v.documents());
        });
    }

    /**
     * A summary's sentences as {@code parent.sentences}: text, source number, corroborating source
     * numbers, position in the source (the service's update summaries use it too).
     */
    public static void sentences(ObjectNode parent, dev.precis.model.Summary summary) {
        ArrayNode sentences = parent.putArray("sentences");
        for (SummarySentence s : summary.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("text", s.text());
            n.put("source", s.source() + 1);
            ArrayNode corroborating = n.putArray("corroborating");
            s.corroborating().forEach(d -> corroborating.add(d + 1));
            n.put("position", s.sentence().index());
        }
    }

    /** Inputs skipped, and notices about inputs used ({@code notices}), each with its name and reason. */
    public static void skipped(ObjectNode n, List<Problem> problems) {
        ArrayNode skipped = n.putArray("skipped");
        ArrayNode notices = n.putArray("notices");
        for (Problem p : problems) {
            (p.notice() ? notices : skipped).addObject().put("name", p.name()).put("reason", p.reason());
        }
    }

    private static void sources(ObjectNode n, List<Integer> documents) {
        ArrayNode a = n.putArray("sources");
        documents.forEach(d -> a.add(d + 1));
    }
}
