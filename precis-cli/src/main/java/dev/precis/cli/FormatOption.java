package dev.precis.cli;

import dev.precis.render.Format;
import picocli.CommandLine.Option;

/** {@code --format}: one of the renderers' formats, any case. */
final class FormatOption {
    @Option(names = "--format", defaultValue = "text")
    Format format;
}
