package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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
    /** A file holding one article (text, a page) is read no further: its text is cut to MAX_BODY_CHARS. */
    static final int SINGLE_ARTICLE_BYTES = 4 * 1024 * 1024;

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
            problems.add(Problem.notice(name, decoded.warning()));
        }
        parse(name, decoded.text(), documents, problems);
    }

    private void readFile(Path file, List<Document> documents, List<Problem> problems) {
        String name = file.toString();
        try {
            if (!Files.isReadable(file)) {
                problems.add(new Problem(name, "not readable (permission denied)"));
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
            decodeAndParse(name, read(file, size, problems), documents, problems);
        } catch (BadInputException e) {
            problems.add(new Problem(name, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + reason(e)));
        }
    }

    /**
     * The file's bytes, or for a large file whose start shows one article (plain text or a page),
     * only as many as that article can use: its text is cut to {@link #MAX_BODY_CHARS} anyway.
     */
    private static byte[] read(Path file, long size, List<Problem> problems) throws IOException {
        if (size <= SINGLE_ARTICLE_BYTES) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SINGLE_ARTICLE_BYTES);
            if (!FormatDetector.holdsOneArticle(file.toString(), head)) {
                ByteArrayOutputStream all = new ByteArrayOutputStream((int) size);
                all.write(head);
                in.transferTo(all);
                return all.toByteArray();
            }
            problems.add(Problem.notice(
                    file.toString(),
                    "only the first " + SINGLE_ARTICLE_BYTES / (1024 * 1024) + " MiB of " + size / (1024 * 1024)
                            + " MiB read: one article uses no more"));
            return TextDecoder.withoutCutCharacter(head);
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
                String invalid = FieldLimits.check(d);
                if (invalid != null) {
                    problems.add(new Problem(d.origin(), invalid));
                } else {
                    documents.add(limit(d, problems));
                }
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
        problems.add(
                Problem.notice(d.origin(), "very long article cut to its first " + MAX_BODY_CHARS + " characters"));
        return d.withBody(d.body().substring(0, MAX_BODY_CHARS));
    }

    /**
     * The readable files under a folder, sorted, hidden ones left out. A sub-folder or entry that
     * cannot be listed or read is reported by name and skipped; the rest of the folder is read.
     */
    private static List<Path> filesUnder(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(
                    folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new Problem(file.toString(), "cannot read: " + reason(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(new Problem(dir.toString(), "cannot list folder: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "cannot list folder: " + reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** What went wrong reading a path, in words (no exception class names). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the folder was read";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link loops back to a folder above it";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }
}
