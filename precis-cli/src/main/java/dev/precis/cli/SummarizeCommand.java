package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.model.Section;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code precis summarize PATH...}: one attributed summary of everything read. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarize news articles (files or folders of .txt, HTML, JSON Lines, RSS/Atom, DUC SGML).")
final class SummarizeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    SummaryOptions summary;

    @Mixin
    FormatOption output;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        Precis precis = console.precis(summary);
        Precis.Report result = precis.reportFiles(input.inputs, Section.summaryOnly());
        return console.print(result, output.format, "summarized");
    }
}
