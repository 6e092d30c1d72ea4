package dev.precis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** What the commands that read articles share: inputs, summary options, output format, the console. */
abstract class ReadingCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    SummaryOptions summary;

    @Mixin
    FormatOption output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Console console() {
        return new Console(spec);
    }
}
