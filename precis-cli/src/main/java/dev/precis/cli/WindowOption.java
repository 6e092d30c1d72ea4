package dev.precis.cli;

import picocli.CommandLine.Option;

/** {@code --window-days}: how long a story stays open without news, for the commands that group stories. */
final class WindowOption {
    @Option(names = "--window-days", defaultValue = "0", descriptionKey = "window-days")
    int days;
}
