package dev.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.precis.Precis;
import dev.precis.render.ReportRenderer;
import dev.precis.summarize.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis report PATH...}: the story report of everything read, taken as one story. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report on one story from several articles: summary, who, quotes with speakers, dated timeline, "
                + "and figures the sources state differently.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--words", defaultValue = "100", description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--method", defaultValue = Summarizers.DEFAULT,
            description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = SummarizeCommand.MethodNames.class)
    String method;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Precis precis;
        ReportRenderer renderer;
        try {
            precis = Precis.builder().method(method).words(words).build();
            renderer = ReportRenderer.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Precis.Report result = precis.reportFiles(inputs);
        if (PrecisCommand.reportSkipped(err, result.problems(), result.report() == null, "read")) {
            return PrecisCommand.NOTHING_SUMMARIZED;
        }
        out.print(renderer.render(result.report(), result.problems()));
        out.flush();
        return 0;
    }
}
