package dev.precis.eval.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads evaluation datasets in three layouts.
 * <ul>
 *   <li><b>DUC update</b> (DUC 2007's update task), recognised by its sets: {@code docs/D0703A/D0703A-A/},
 *       {@code D0703A-B/}, {@code D0703A-C/} (A the earliest), {@code topics.sgml}, {@code models/}
 *       ({@code D0703-B.M.100.A.A}: topic, set, multi-doc, length, assessor, author), optional
 *       {@code peers/} named the same way. Each set is a cluster summarised given the earlier ones.</li>
 *   <li><b>DUC</b>: {@code docs/DXXXXY/} article files, {@code topics.sgml}, {@code models/}
 *       ({@code D0601.M.250.A.B}: cluster, multi-doc, length, assessor, author) and optionally
 *       {@code peers/} with the participants' summaries named the same way.</li>
 *   <li><b>Generic</b>: one folder per cluster, each with {@code docs/} (any format Precis reads) and
 *       {@code references/} (one reference summary per file, one sentence per line), and an
 *       optional {@code topic.txt}.</li>
 * </ul>
 */
public final class DatasetReader {
    private static final Pattern SUMMARY_NAME = Pattern.compile("(D\\d+)\\.M\\.(\\d+)\\.([A-Z])\\.([A-Za-z0-9]+)");
    /** Update-task summaries: "D0703-B.M.100.A.A" (topic, set, multi-doc, length, assessor, author). */
    private static final Pattern UPDATE_SUMMARY_NAME =
            Pattern.compile("(D\\d+)-([A-Z])\\.M\\.(\\d+)\\.([A-Z])\\.([A-Za-z0-9]+)");

    private static final Pattern TOPIC = Pattern.compile(
            "(?s)<topic>.*?<num>\\s*(\\S+)\\s*</num>.*?<title>(.*?)</title>.*?<narr>(.*?)</narr>.*?</topic>");

    private DatasetReader() {}

    public static Dataset read(Path root) throws IOException {
        if (Files.isDirectory(root.resolve("docs")) && Files.isDirectory(root.resolve("models"))) {
            return isUpdate(root.resolve("docs")) ? readUpdate(root) : readDuc(root);
        }
        return readGeneric(root);
    }

    static Dataset readDuc(Path root) throws IOException {
        Map<String, String> topics = topics(root.resolve("topics.sgml"));
        Map<String, Map<String, List<String>>> models = summaries(root.resolve("models"));
        Map<String, Map<String, List<String>>> peers =
                Files.isDirectory(root.resolve("peers")) ? summaries(root.resolve("peers")) : Map.of();
        List<Cluster> clusters = new ArrayList<>();
        for (Path dir : sortedChildren(root.resolve("docs"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String id = dir.getFileName().toString();
            String prefix = id.replaceAll("[A-Z]$", "");
            clusters.add(new Cluster(id, topics.get(id), files(dir), models.getOrDefault(prefix, Map.of())));
        }
        Map<String, Map<String, List<String>>> peersByCluster = new HashMap<>();
        for (Cluster c : clusters) {
            peersByCluster.put(c.id(), peers.getOrDefault(c.id().replaceAll("[A-Z]$", ""), Map.of()));
        }
        return new Dataset(root.getFileName().toString(), clusters, peersByCluster);
    }

    /** Whether topic folders hold set folders ("D0703A/D0703A-A/") rather than articles. */
    private static boolean isUpdate(Path docs) throws IOException {
        for (Path topic : sortedChildren(docs)) {
            if (Files.isDirectory(topic)) {
                Path first = topic.resolve(topic.getFileName() + "-A");
                return Files.isDirectory(first);
            }
        }
        return false;
    }

    static Dataset readUpdate(Path root) throws IOException {
        Map<String, String> topics = topics(root.resolve("topics.sgml"));
        Map<String, Map<String, List<String>>> models = updateSummaries(root.resolve("models"));
        Map<String, Map<String, List<String>>> peers =
                Files.isDirectory(root.resolve("peers")) ? updateSummaries(root.resolve("peers")) : Map.of();
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Map<String, List<String>>> peersByCluster = new HashMap<>();
        for (Path dir : sortedChildren(root.resolve("docs"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            String topic = dir.getFileName().toString();
            String prefix = topic.replaceAll("[A-Z]$", "");
            List<Path> earlier = new ArrayList<>();
            for (Path set : sortedChildren(dir)) {
                String name = set.getFileName().toString();
                if (!Files.isDirectory(set) || !name.matches(java.util.regex.Pattern.quote(topic) + "-[A-Z]")) {
                    continue;
                }
                String letter = name.substring(name.length() - 1);
                String key = prefix + "-" + letter;
                List<Path> docs = files(set);
                clusters.add(new Cluster(
                        name, topics.get(topic), docs, models.getOrDefault(key, Map.of()), earlier, letter));
                peersByCluster.put(name, peers.getOrDefault(key, Map.of()));
                earlier = new ArrayList<>(earlier);
                earlier.addAll(docs);
            }
        }
        return new Dataset(root.getFileName().toString(), clusters, peersByCluster);
    }

    /** Update-task summaries, by "topic-set" ("D0703-B") then author or peer id. */
    private static Map<String, Map<String, List<String>>> updateSummaries(Path dir) throws IOException {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (Path f : files(dir)) {
            Matcher m = UPDATE_SUMMARY_NAME.matcher(f.getFileName().toString());
            if (m.matches()) {
                out.computeIfAbsent(m.group(1) + "-" + m.group(2), k -> new TreeMap<>())
                        .put(m.group(5), lines(f));
            }
        }
        return out;
    }

    static Dataset readGeneric(Path root) throws IOException {
        List<Cluster> clusters = new ArrayList<>();
        for (Path dir : sortedChildren(root)) {
            if (!Files.isDirectory(dir.resolve("docs")) || !Files.isDirectory(dir.resolve("references"))) {
                continue;
            }
            Map<String, List<String>> refs = new LinkedHashMap<>();
            for (Path ref : files(dir.resolve("references"))) {
                refs.put(ref.getFileName().toString(), lines(ref));
            }
            Path topic = dir.resolve("topic.txt");
            clusters.add(new Cluster(
                    dir.getFileName().toString(),
                    Files.exists(topic)
                            ? Files.readString(topic, StandardCharsets.UTF_8).strip()
                            : null,
                    files(dir.resolve("docs")),
                    refs));
        }
        if (clusters.isEmpty()) {
            throw new IOException(root + " holds no dataset: expected docs/ and models/ (DUC layout) or "
                    + "cluster folders with docs/ and references/");
        }
        return new Dataset(root.getFileName().toString(), clusters, Map.of());
    }

    /** Summaries in DUC naming, by cluster prefix ("D0601") then author or peer id. */
    private static Map<String, Map<String, List<String>>> summaries(Path dir) throws IOException {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (Path f : files(dir)) {
            Matcher m = SUMMARY_NAME.matcher(f.getFileName().toString());
            if (m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(4), lines(f));
            }
        }
        return out;
    }

    /** Assessor letter of a cluster's summaries, from the models' file names. */
    public static String assessor(Path modelsDir, String clusterPrefix) throws IOException {
        for (Path f : files(modelsDir)) {
            Matcher m = SUMMARY_NAME.matcher(f.getFileName().toString());
            if (m.matches() && m.group(1).equals(clusterPrefix)) {
                return m.group(3);
            }
        }
        return null;
    }

    private static Map<String, String> topics(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        Matcher m = TOPIC.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            out.put(m.group(1), (m.group(2).strip() + ". " + m.group(3).strip()).replaceAll("\\s+", " "));
        }
        return out;
    }

    /** Lines of a summary file: UTF-8, or Latin-1 when the bytes are not valid UTF-8 (older DUC files). */
    static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return List.of(text.split("\n", -1)).stream().filter(l -> !l.isEmpty()).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
