package dev.precis.spark;

import dev.precis.eval.group.ClusterEvaluation;
import dev.precis.eval.group.ClusterScores;
import dev.precis.eval.run.HeapPeak;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job at scale: the DUC 2006 articles replicated with perturbations (each copy a tenth of its
 * words dropped at random, as {@code cluster-eval --scale} does; copies keep their topic's label),
 * written as Parquet, then the whole job timed on them. Prints, per scale: articles, stories, wall
 * time, articles/s, shuffle bytes written, the largest execution memory a task held, the JVM's peak
 * heap (in local mode the executors run in this JVM), and B-cubed F1 against the topics.
 *
 * <p>{@code ScaleBenchmark DOCS MASTER FACTOR...}, e.g. {@code ../shared/data/duc2006/docs local[2] 10 100 1000}.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ScaleBenchmark DOCS MASTER FACTOR...");
            System.exit(2);
        }
        List<Document> base = new Ingestor().ingest(List.of(Path.of(args[0]))).documents();
        Map<String, Integer> topicOf = new HashMap<>();
        Map<String, Integer> topics = new HashMap<>();
        for (Document d : base) {
            String folder =
                    Path.of(d.origin().split("#")[0]).getParent().getFileName().toString();
            topicOf.put(d.id(), topics.computeIfAbsent(folder, k -> topics.size()));
        }
        SparkSession spark = SparkSession.builder()
                .master(args[1])
                .appName("precis-scale")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        AtomicLong shuffleBytes = new AtomicLong();
        AtomicLong peakTaskMemory = new AtomicLong();
        AtomicLong longestTask = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    shuffleBytes.addAndGet(
                            end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                    peakTaskMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
                    longestTask.accumulateAndGet(end.taskInfo().duration(), Math::max);
                }
            }
        });
        System.out.printf(
                "%d cores, master %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(),
                args[1],
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println();
        System.out.println(
                "| articles | stories | wall s | articles/s | shuffle written MiB | longest task s | peak task memory MiB | peak heap MiB | B-cubed F1 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 2; i < args.length; i++) {
            int factor = Integer.parseInt(args[i]);
            Path dir = Files.createTempDirectory("precis-scale");
            try {
                String input = dir.resolve("articles.parquet").toString();
                writeReplicas(spark, base, factor, input);
                System.gc();
                HeapPeak.reset();
                shuffleBytes.set(0);
                peakTaskMemory.set(0);
                longestTask.set(0);
                long start = System.nanoTime();
                PrecisSparkJob.Result r = PrecisSparkJob.run(
                        spark, List.of(input), dir.resolve("out").toString(), 100, 0.8, 0, 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                double f1 = bcubed(spark, dir.resolve("out/stories.parquet").toString(), topicOf);
                System.out.printf(
                        "| %,d | %,d | %.1f | %,.0f | %,d | %.1f | %,d | %,d | %.3f |%n",
                        r.read(),
                        r.stories(),
                        seconds,
                        r.read() / seconds,
                        shuffleBytes.get() >> 20,
                        longestTask.get() / 1000.0,
                        peakTaskMemory.get() >> 20,
                        HeapPeak.bytes() >> 20,
                        f1);
            } finally {
                deleteQuietly(dir);
            }
        }
        spark.stop();
    }

    private static void writeReplicas(SparkSession spark, List<Document> base, int factor, String path) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Object[]> rows = new ArrayList<>();
        for (Document d : base) {
            rows.add(new Object[] {
                d.id(),
                d.title(),
                d.source(),
                d.published() == null ? null : d.published().toString(),
                d.body()
            });
        }
        Broadcast<List<Object[]>> shipped = jsc.broadcast(rows);
        List<Integer> copies = new ArrayList<>();
        for (int c = 0; c < factor; c++) {
            copies.add(c);
        }
        var replicas = jsc.parallelize(copies, Math.max(1, Math.min(factor, 4 * jsc.defaultParallelism())))
                .flatMap(copy -> {
                    Random random = new Random(31L * copy + 7);
                    List<Row> out = new ArrayList<>();
                    for (Object[] r : shipped.value()) {
                        Document d = new Document(
                                (String) r[0],
                                (String) r[1],
                                (String) r[2],
                                null,
                                r[3] == null ? null : java.time.LocalDate.parse((String) r[3]),
                                (String) r[4],
                                null);
                        Document c = copy == 0 ? d : ClusterEvaluation.perturbed(d, copy, random);
                        out.add(RowFactory.create(c.id(), c.title(), c.source(), r[3], c.body()));
                    }
                    return out.iterator();
                });
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("title", DataTypes.StringType)
                .add("source", DataTypes.StringType)
                .add("published", DataTypes.StringType)
                .add("text", DataTypes.StringType);
        spark.createDataFrame(replicas, schema).write().parquet(path);
    }

    private static double bcubed(SparkSession spark, String stories, Map<String, Integer> topicOf) {
        List<Integer> reference = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        int story = 0;
        for (Row r : spark.read().parquet(stories).select("articles").collectAsList()) {
            for (String id : r.<String>getList(0)) {
                int tilde = id.indexOf('~');
                reference.add(topicOf.get(tilde < 0 ? id : id.substring(0, tilde)));
                predicted.add(story);
            }
            story++;
        }
        return ClusterScores.of(
                        reference.stream().mapToInt(Integer::intValue).toArray(),
                        predicted.stream().mapToInt(Integer::intValue).toArray())
                .f1();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
