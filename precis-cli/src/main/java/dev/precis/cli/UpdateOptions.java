package dev.precis.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --seen PATH...} and {@code --since DATE}: what the reader has already read, so that the
 * summary says what the other articles add (an update).
 */
final class UpdateOptions {
    @Option(names = "--seen", arity = "1..*", paramLabel = "PATH", descriptionKey = "seen")
    List<Path> seen = List.of();

    @Option(names = "--since", paramLabel = "DATE", descriptionKey = "since")
    LocalDate since;

    boolean isUpdate() {
        return !seen.isEmpty() || since != null;
    }
}
