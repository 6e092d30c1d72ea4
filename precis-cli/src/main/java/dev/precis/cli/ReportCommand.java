package dev.precis.cli;

import dev.precis.model.Section;
import picocli.CommandLine.Command;

/** {@code precis report PATH...}: the story report of everything read, taken as one story. */
@Command(name = "report")
final class ReportCommand extends ReadingCommand {
    @Override
    public Integer call() {
        return print(precis(summary).reportFiles(input.inputs, Section.all()), output.format, "read");
    }
}
