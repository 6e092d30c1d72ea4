package dev.precis.cli;

import dev.precis.model.Section;
import picocli.CommandLine.Command;

/** {@code precis summarize PATH...}: one attributed summary of everything read. */
@Command(name = "summarize")
final class SummarizeCommand extends ReadingCommand {
    @Override
    public Integer call() {
        return print(precis(summary).reportFiles(input.inputs, Section.summaryOnly()), output.format, "summarized");
    }
}
