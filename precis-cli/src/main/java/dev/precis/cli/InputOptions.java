package dev.precis.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The inputs every reading command takes: files and folders, read recursively. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "PATH")
    List<Path> inputs;
}
