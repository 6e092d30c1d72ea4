package dev.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Json;
import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import dev.precis.text.Languages;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code precis extract PATH...}: each article's metadata and main text, exactly as the pipeline
 * reads it (HTML pages, and every other input format), without summarising.
 */
@Command(name = "extract")
final class ExtractCommand extends Subcommand {
    enum Output {
        TEXT,
        JSON,
        JSONL
    }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "text")
    Output format;

    @Override
    public Integer call() throws JsonProcessingException {
        IngestResult read = new Ingestor().ingest(input.inputs);
        if (skipped(read.problems(), read.documents().isEmpty(), "read")) {
            return NOTHING_USABLE;
        }
        PrintWriter out = out();
        List<ObjectNode> pages =
                read.documents().stream().map(ExtractCommand::page).toList();
        switch (format) {
            case JSONL -> {
                for (ObjectNode page : pages) {
                    out.println(Json.MAPPER.writeValueAsString(page));
                }
            }
            case JSON ->
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(pages));
            case TEXT -> {
                for (ObjectNode page : pages) {
                    out.println("=== "
                            + page.path("title").asText(page.get("origin").asText()));
                    for (String field : new String[] {"origin", "published", "source", "url", "language"}) {
                        if (!page.get(field).isNull()) {
                            out.println(field + ": " + page.get(field).asText());
                        }
                    }
                    if (!page.get("authors").isEmpty()) {
                        java.util.List<String> names = new java.util.ArrayList<>();
                        page.get("authors").forEach(a -> names.add(a.asText()));
                        out.println("authors: " + String.join(", ", names));
                    }
                    out.println();
                    out.println(page.get("text").asText());
                    out.println();
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * One article as extracted. The language is the page's declared one unless OpenNLP's detector
     * is sure of another from the text (pages keep a template's {@code lang="en"} in every edition),
     * and the detected one when the page declares none.
     */
    static ObjectNode page(Document d) {
        ObjectNode page = Json.MAPPER.createObjectNode();
        page.put("origin", d.origin());
        page.put("id", d.id());
        page.put("title", d.title());
        page.put("published", d.published() == null ? null : d.published().toString());
        page.put("source", d.source());
        page.put("url", d.url());
        d.authors().forEach(page.putArray("authors")::add);
        String detected = Languages.detect(d.body());
        page.put("language", detected != null ? detected : d.language());
        page.put("text", d.body());
        return page;
    }
}
