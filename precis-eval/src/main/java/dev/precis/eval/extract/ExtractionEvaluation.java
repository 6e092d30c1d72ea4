package dev.precis.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Json;
import dev.precis.Precis;
import dev.precis.clean.NoiseCleaner;
import dev.precis.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scores main-text extraction on the layout of trafilatura's evaluation corpus
 * ({@code evaldata.json} beside {@code cache/} and {@code eval/} folders of pages), as that corpus's
 * own evaluation does: per page, each "with" snippet found in the white-space-normalised text is a
 * true positive (else a false negative), each "without" snippet found a false positive (else a true
 * negative); the counts are summed over the pages. A page with no text misses all its "with"
 * snippets. The extractor is Precis' own HTML reading, as the pipeline uses it.
 */
public final class ExtractionEvaluation {
    /** The summed counts, the pages without any text, and the extraction time. */
    public record Result(int pages, int tp, int fn, int fp, int tn, int empty, List<String> lost, double seconds) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            int all = tp + fn + fp + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }

        public double pagesPerSecond() {
            return pages / seconds;
        }
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("(?U)\\s+");

    private record Page(String file, Path path, List<String> with, List<String> without) {}

    private final List<Page> pages;

    private ExtractionEvaluation(List<Page> pages) {
        this.pages = pages;
    }

    /** Reads {@code evaldata.json}; a page is looked up in {@code cache/} first, then {@code eval/}. */
    public static ExtractionEvaluation read(Path dir) throws IOException {
        JsonNode data = Json.MAPPER.readTree(dir.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            JsonNode entry = it.next().getValue();
            String file = entry.get("file").asText();
            Path path = dir.resolve("cache").resolve(file);
            if (!Files.isRegularFile(path)) {
                path = dir.resolve("eval").resolve(file);
            }
            pages.add(new Page(file, path, strings(entry.get("with")), strings(entry.get("without"))));
        }
        return new ExtractionEvaluation(pages);
    }

    public int size() {
        return pages.size();
    }

    /**
     * Extracts every page (read from disk beforehand, so that only extraction is timed) and scores
     * it; with {@code clean}, the page noise cleaner runs after reading, as in the pipeline.
     */
    public Result run(boolean clean) throws IOException {
        List<byte[]> bytes = new ArrayList<>(pages.size());
        for (Page p : pages) {
            bytes.add(Files.isRegularFile(p.path()) ? Files.readAllBytes(p.path()) : new byte[0]);
        }
        Precis precis = Precis.builder().build();
        long start = System.nanoTime();
        List<String> texts = new ArrayList<>(pages.size());
        List<List<Document>> read = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            read.add(
                    bytes.get(i).length == 0
                            ? List.of()
                            : precis.ingestor()
                                    .ingest(pages.get(i).file(), bytes.get(i))
                                    .documents());
        }
        if (clean) {
            // One pass over the whole corpus, as the pipeline cleans a pile (site boilerplate needs it).
            List<Document> all = read.stream().flatMap(List::stream).toList();
            Map<Document, Document> cleaned = new java.util.IdentityHashMap<>();
            List<Document> out = new NoiseCleaner().clean(all); // the pipeline's default cleaner
            for (int i = 0; i < all.size(); i++) {
                cleaned.put(all.get(i), out.get(i));
            }
            read.replaceAll(docs -> docs.stream().map(cleaned::get).toList());
        }
        for (List<Document> docs : read) {
            texts.add(text(docs));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        int empty = 0;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String text = normalise(texts.get(i));
            if (text.isEmpty()) {
                empty++;
            }
            int found = 0;
            for (String s : p.with()) {
                if (!text.isEmpty() && text.contains(normalise(s))) {
                    found++;
                }
            }
            tp += found;
            fn += p.with().size() - found;
            if (found == 0 && !p.with().isEmpty()) {
                lost.add(p.file());
            }
            for (String s : p.without()) {
                if (!text.isEmpty() && text.contains(normalise(s))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new Result(pages.size(), tp, fn, fp, tn, empty, lost, seconds);
    }

    /** The page's main text (title excluded), or "" when nothing was read. */
    private static String text(List<Document> documents) {
        StringBuilder sb = new StringBuilder();
        for (Document d : documents) {
            sb.append(d.body()).append('\n');
        }
        return sb.toString();
    }

    /** Runs of white space made one space, stripped (the corpus's own normalisation). */
    static String normalise(String s) {
        return WHITE_SPACE.matcher(s.strip()).replaceAll(" ");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
