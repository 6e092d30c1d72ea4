package dev.precis.cli;

import picocli.CommandLine.Mixin;

/** What the commands that read articles share: inputs, summary options, output format. */
abstract class ReadingCommand extends Subcommand {
    @Mixin
    InputOptions input;

    @Mixin
    SummaryOptions summary;

    @Mixin
    FormatOption output;
}
