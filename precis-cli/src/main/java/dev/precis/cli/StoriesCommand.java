package dev.precis.cli;

import dev.precis.Precis;
import dev.precis.group.NearDuplicates;
import dev.precis.ingest.IngestResult;
import dev.precis.model.Problem;
import dev.precis.model.Section;
import dev.precis.model.Story;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis stories PATH...}: a mixed pile of articles grouped into stories, each summarised. */
@Command(name = "stories")
final class StoriesCommand extends ReadingCommand {
    @Option(names = "--dedup-threshold", defaultValue = "0.8")
    double dedupThreshold;

    @CommandLine.Mixin
    WindowOption window;

    @Override
    public Integer call() {
        Precis precis = precis(summary);
        try {
            new NearDuplicates(dedupThreshold);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        IngestResult read = precis.ingestor().ingest(input.inputs);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<Story> stories =
                precis.stories(read.documents(), dedupThreshold, window.days, Section.summaryOnly(), problems);
        if (skipped(problems, stories.isEmpty(), "grouped")) {
            return NOTHING_USABLE;
        }
        out().print(output.format.renderer().render(stories, problems));
        out().flush();
        return 0;
    }
}
