package dev.precis.cli;

import dev.precis.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code precis summarize PATH...}: one attributed summary of everything read; with {@code --seen}
 * or {@code --since}, of what the articles add to those the reader has read.
 */
@Command(name = "summarize")
final class SummarizeCommand extends ReadingCommand {
    @Mixin
    UpdateOptions update;

    @Override
    public Integer call() {
        var precis = precis(summary);
        var report = update.isUpdate()
                ? precis.reportUpdate(input.inputs, update.seen, update.since, Section.summaryOnly())
                : precis.reportFiles(input.inputs, Section.summaryOnly());
        return print(report, output.format, "summarized");
    }
}
