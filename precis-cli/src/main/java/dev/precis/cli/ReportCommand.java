package dev.precis.cli;

import dev.precis.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code precis report PATH...}: the story report of everything read, taken as one story; with
 * {@code --seen} or {@code --since}, its summary says what is new.
 */
@Command(name = "report")
final class ReportCommand extends ReadingCommand {
    @Mixin
    UpdateOptions update;

    @Override
    public Integer call() {
        var precis = precis(summary);
        var report = update.isUpdate()
                ? precis.reportUpdate(input.inputs, update.seen, update.since, Section.all())
                : precis.reportFiles(input.inputs, Section.all());
        return print(report, output.format, "read");
    }
}
