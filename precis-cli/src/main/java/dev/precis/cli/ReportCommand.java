package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.model.Section;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code precis report PATH...}: the story report of everything read, taken as one story. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report on one story from several articles: summary, who, quotes with speakers, dated timeline, "
                + "and figures the sources state differently.")
final class ReportCommand implements Callable<Integer> {
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
        Precis.Report result = precis.reportFiles(input.inputs, Section.all());
        return console.print(result, output.format, "read");
    }
}
