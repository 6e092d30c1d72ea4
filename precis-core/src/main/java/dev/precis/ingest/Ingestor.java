package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads files and folders (recursively) of any supported format into documents. Each input is
 * read in isolation: one that cannot be used is reported by name with a one-line reason and
 * skipped, and the rest are read.
 */
public final class Ingestor {
    /** Larger inputs are refused rather than exhausting memory; a news article is a few KiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Longer bodies are cut to this many characters, with a notice. */
    public static final int MAX_BODY_CHARS = 200_000;

    private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);

    public Ingestor() {
        readers.put(Format.TEXT, new PlainTextReader());
        readers.put(Format.HTML, new HtmlReader());
        readers.put(Format.JSONL, new JsonLinesReader());
        readers.put(Format.FEED, new FeedReader());
        readers.put(Format.DUC_SGML, new DucSgmlReader());
    }

    public IngestResult ingest(List<Path> inputs) {
        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(new Problem(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                for (Path file : filesUnder(input, problems)) {
                    readFile(file, documents, problems);
                }
            } else {
                readFile(input, documents, problems);
            }
        }
        return new IngestResult(documents, problems);
    }

    /** Reads text already in memory (e.g. an HTTP body) as if it were a file with this name. */
    public IngestResult ingest(String name, String content) {
        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        parse(name, content, documents, problems);
        return new IngestResult(documents, problems);
    }

    /** Reads one input given as bytes (an upload), decoded and checked as files are (binary, encoding). */
    public IngestResult ingest(String name, byte[] content) {
        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            decodeAndParse(name, content, documents, problems);
        } catch (BadInputException e) {
            problems.add(new Problem(name, e.getMessage()));
        }
        return new IngestResult(documents, problems);
    }

    private void decodeAndParse(String name, byte[] content, List<Document> documents, List<Problem> problems)
            throws BadInputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded.warning() != null) {
            problems.add(new Problem(name, decoded.warning()));
        }
        parse(name, decoded.text(), documents, problems);
    }

    private void readFile(Path file, List<Document> documents, List<Problem> problems) {
        String name = file.toString();
        try {
            if (!Files.isReadable(file)) {
                problems.add(new Problem(name, "not readable (check permissions)"));
                return;
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Problem(
                        name,
                        "too large (" + size / (1024 * 1024) + " MiB; limit is " + MAX_FILE_BYTES / (1024 * 1024)
                                + " MiB): split it into smaller files"));
                return;
            }
            decodeAndParse(name, Files.readAllBytes(file), documents, problems);
        } catch (BadInputException e) {
            problems.add(new Problem(name, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + e.getMessage()));
        }
    }

    private void parse(String name, String content, List<Document> documents, List<Problem> problems) {
        if (content.isBlank()) {
            problems.add(new Problem(name, "empty file"));
            return;
        }
        Format format = FormatDetector.detect(name, content);
        try {
            for (Document d : readers.get(format).read(name, content, problems::add)) {
                documents.add(limit(d, problems));
            }
        } catch (BadInputException e) {
            problems.add(new Problem(name, e.getMessage()));
        } catch (RuntimeException e) {
            // A library choking on odd input must not end the batch; say what failed and go on.
            problems.add(new Problem(name, "could not read as " + format.name().toLowerCase() + ": " + e));
        }
    }

    private static Document limit(Document d, List<Problem> problems) {
        if (d.body().length() <= MAX_BODY_CHARS) {
            return d;
        }
        problems.add(new Problem(d.origin(), "very long article cut to its first " + MAX_BODY_CHARS + " characters"));
        return d.withBody(d.body().substring(0, MAX_BODY_CHARS));
    }

    private static List<Path> filesUnder(Path folder, List<Problem> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !folder.relativize(p).toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(folder.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }
}
