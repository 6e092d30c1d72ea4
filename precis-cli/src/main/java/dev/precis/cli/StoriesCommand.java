package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.model.DuplicateGroup;
import dev.precis.group.NearDuplicates;
import dev.precis.model.Story;
import dev.precis.ingest.IngestResult;
import dev.precis.model.Problem;
import dev.precis.model.Document;
import dev.precis.render.JsonRenderer;
import dev.precis.render.MarkdownRenderer;
import dev.precis.render.TextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis stories PATH...}: a mixed pile of articles grouped into stories, each summarised. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Group articles into stories (copies folded) and summarize each, largest first.")
final class StoriesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--words", defaultValue = "100", description = "Word budget per story summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--dedup-threshold", defaultValue = "0.8",
            description = "Estimated shingle Jaccard at which two articles are copies of one text (default: ${DEFAULT-VALUE}).")
    double dedupThreshold;

    @Option(names = "--window-days", defaultValue = "0",
            description = "Close a story after this many days without an article (default: 0, never).")
    int windowDays;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "markdown", "md").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; choose text, json or markdown");
        }
        Precis precis;
        try {
            new NearDuplicates(dedupThreshold);
            precis = Precis.builder().words(words).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        IngestResult read = precis.ingestor().ingest(inputs);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<Story> stories = precis.stories(read.documents(), dedupThreshold, windowDays, problems);
        if (PrecisCommand.reportSkipped(err, problems, stories.isEmpty(), "grouped")) {
            return PrecisCommand.NOTHING_SUMMARIZED;
        }
        switch (format) {
            case "json" -> out.print(json(stories, problems));
            case "markdown", "md" -> stories.forEach(s -> out.print("# " + s.title() + "\n\n" + header(s) + "\n\n"
                    + new MarkdownRenderer().render(s.summary(), List.of()) + folded(s) + "\n"));
            default -> {
                for (int i = 0; i < stories.size(); i++) {
                    Story s = stories.get(i);
                    out.print("=== Story " + (i + 1) + ": " + s.title() + "\n" + header(s) + "\n\n"
                            + new TextRenderer().render(s.summary(), List.of()) + folded(s) + "\n");
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String header(Story s) {
        String span = s.first() == null ? "undated" : s.first().equals(s.last()) ? s.first().toString() : s.first() + " to " + s.last();
        return s.size() + " article(s), " + span;
    }

    private static String folded(Story s) {
        StringBuilder sb = new StringBuilder();
        for (DuplicateGroup g : s.folded()) {
            for (Document copy : g.copies()) {
                sb.append("folded ").append(copy.origin()).append(" (copy of ").append(g.kept().origin()).append(")\n");
            }
        }
        return sb.toString();
    }

    private static String json(List<Story> stories, List<Problem> problems) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("stories");
        for (Story s : stories) {
            ObjectNode n = array.addObject();
            n.put("title", s.title());
            n.put("size", s.size());
            n.put("first", s.first() == null ? null : s.first().toString());
            n.put("last", s.last() == null ? null : s.last().toString());
            n.set("summary", new JsonRenderer().toJson(s.summary(), List.of()));
            ArrayNode folded = n.putArray("folded");
            for (DuplicateGroup g : s.folded()) {
                for (Document copy : g.copies()) {
                    folded.addObject().put("copy", copy.origin()).put("of", g.kept().origin());
                }
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        problems.forEach(p -> skipped.addObject().put("name", p.name()).put("reason", p.reason()));
        return mapper.writeValueAsString(root) + "\n";
    }
}
