package dev.precis.eval.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Json;
import java.util.List;
import java.util.Locale;

/** Writes evaluation results as a text table, Markdown, CSV or JSON. */
public final class ResultTable {
    private ResultTable() {}

    public static String render(List<MethodResult> results, String format) {
        return switch (format) {
            case "text" -> text(results);
            case "markdown", "md" -> markdown(results);
            case "csv" -> csv(results);
            case "json" -> json(results);
            default ->
                throw new IllegalArgumentException(
                        "unknown format '" + format + "'; choose text, markdown, csv or json");
        };
    }

    private static String text(List<MethodResult> results) {
        StringBuilder sb = new StringBuilder();
        // As wide as the longest method name ("coverage (set B)" in the update task), and at least 10.
        String name = "%-"
                + Math.max(
                        10,
                        results.stream()
                                .mapToInt(r -> r.method().length())
                                .max()
                                .orElse(0)) + "s";
        sb.append(String.format(
                Locale.ROOT,
                name + " %-26s %-26s %-26s %-26s %10s %9s %10s %9s %6s%n",
                "method",
                "ROUGE-1 R (95% CI)",
                "ROUGE-2 R (95% CI)",
                "ROUGE-L R (95% CI)",
                "ROUGE-SU4 R (95% CI)",
                "ms/cluster",
                "method ms",
                "articles/s",
                "peak heap",
                "rank"));
        for (MethodResult r : results) {
            sb.append(String.format(Locale.ROOT, name, r.method()));
            for (String m : Evaluator.MEASURES) {
                sb.append(' ')
                        .append(String.format(
                                Locale.ROOT, "%-26s", interval(r.recall().get(m))));
            }
            sb.append(String.format(Locale.ROOT, " %10.0f %9.1f %10.1f %9s %6s%n", timing(r)));
        }
        return sb.toString();
    }

    private static String markdown(List<MethodResult> results) {
        StringBuilder sb = new StringBuilder(
                "| method | ROUGE-1 R | ROUGE-2 R | ROUGE-L R | ROUGE-SU4 R | ms/cluster | method ms/cluster | articles/s | peak heap | rank among DUC systems |\n");
        sb.append("|---|---|---|---|---|---:|---:|---:|---:|---:|\n");
        for (MethodResult r : results) {
            sb.append("| ").append(r.method());
            for (String m : Evaluator.MEASURES) {
                sb.append(" | ").append(interval(r.recall().get(m)));
            }
            sb.append(String.format(Locale.ROOT, " | %.0f | %.1f | %.1f | %s | %s |%n", timing(r)));
        }
        return sb.toString();
    }

    private static String csv(List<MethodResult> results) {
        StringBuilder sb = new StringBuilder("method");
        for (String m : Evaluator.MEASURES) {
            sb.append(',')
                    .append(m)
                    .append("_R,")
                    .append(m)
                    .append("_R_low,")
                    .append(m)
                    .append("_R_high");
        }
        sb.append(",ms_per_cluster,method_ms_per_cluster,articles_per_second,peak_heap_bytes,rank,systems\n");
        for (MethodResult r : results) {
            sb.append(r.method());
            for (String m : Evaluator.MEASURES) {
                Interval i = r.recall().get(m);
                sb.append(String.format(Locale.ROOT, ",%.5f,%.5f,%.5f", i.mean(), i.low(), i.high()));
            }
            sb.append(String.format(
                    Locale.ROOT,
                    ",%.1f,%.2f,%.2f,%d,%d,%d%n",
                    r.msPerCluster(),
                    r.methodMsPerCluster(),
                    r.articlesPerSecond(),
                    r.peakHeapBytes(),
                    r.rank(),
                    r.systems()));
        }
        return sb.toString();
    }

    private static String json(List<MethodResult> results) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (MethodResult r : results) {
            ObjectNode n = array.addObject();
            n.put("method", r.method());
            ObjectNode recall = n.putObject("recall");
            r.recall()
                    .forEach((m, i) -> recall.putObject(m)
                            .put("mean", i.mean())
                            .put("low", i.low())
                            .put("high", i.high()));
            n.put("msPerCluster", r.msPerCluster());
            n.put("methodMsPerCluster", r.methodMsPerCluster());
            n.put("articlesPerSecond", r.articlesPerSecond());
            n.put("peakHeapBytes", r.peakHeapBytes());
            n.put("rank", r.rank());
            n.put("systems", r.systems());
        }
        return Json.pretty(array) + "\n";
    }

    /** What the text and Markdown tables show after the scores: times, speed, memory, rank. */
    private static Object[] timing(MethodResult r) {
        return new Object[] {
            r.msPerCluster(), r.methodMsPerCluster(), r.articlesPerSecond(), mib(r.peakHeapBytes()), rank(r)
        };
    }

    private static String interval(Interval i) {
        return String.format(Locale.ROOT, "%.4f (%.4f-%.4f)", i.mean(), i.low(), i.high());
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }

    private static String rank(MethodResult r) {
        return r.systems() == 0 ? "-" : r.rank() + "/" + (r.systems() + 1);
    }
}
