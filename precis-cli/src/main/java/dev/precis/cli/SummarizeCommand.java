package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.render.Renderer;
import dev.precis.summarize.Summarizers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis summarize PATH...}: one attributed summary of everything read. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarize news articles (files or folders of .txt, HTML, JSON Lines, RSS/Atom, DUC SGML).")
final class SummarizeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--words", defaultValue = "100", description = "Word budget (default: ${DEFAULT-VALUE}; 0 for none).")
    int words;

    @Option(names = "--sentences", defaultValue = "0", description = "Sentence budget (default: none).")
    int sentences;

    @Option(names = "--method", defaultValue = Summarizers.DEFAULT,
            description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--query", description = "Focus the summary on this topic.")
    String query;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Precis precis;
        Renderer renderer;
        try {
            precis = Precis.builder().method(method).words(words).sentences(sentences).query(query).build();
            renderer = Renderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Precis.Result result = precis.summarizeFiles(inputs);
        if (PrecisCommand.reportSkipped(err, result.problems(), result.summary() == null, "summarized")) {
            return PrecisCommand.NOTHING_SUMMARIZED;
        }
        out.print(renderer.render(result.summary(), result.problems()));
        out.flush();
        return 0;
    }

    static final class MethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizers.names().iterator();
        }
    }
}
