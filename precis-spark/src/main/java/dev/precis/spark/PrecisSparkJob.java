package dev.precis.spark;

import dev.precis.group.NearDuplicates;
import dev.precis.group.StoryClusterer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The batch job: reads a corpus, folds copies, groups the articles into stories and summarises each
 * with the core pipeline; writes the stories as JSON Lines ({@code OUT/stories/}) and Parquet
 * ({@code OUT/stories.parquet/}), and what it could not use, with the reason, as JSON Lines
 * ({@code OUT/rejected/}). Runs with {@code --master local[N]} on one machine, or under
 * {@code spark-submit} on a cluster (no {@code --master}: the submitter's).
 */
@Command(
        name = "precis spark",
        mixinStandardHelpOptions = true,
        description = "Groups a corpus into stories and summarises each, on Apache Spark.")
public final class PrecisSparkJob implements Callable<Integer> {
    @Option(
            names = "--input",
            required = true,
            split = ",",
            description = "files or folders (any format Precis reads; *.parquet)")
    List<String> inputs;

    @Option(names = "--output", required = true, description = "folder to write (must not exist)")
    String output;

    @Option(names = "--master", description = "Spark master, e.g. local[2]; default: the one spark-submit gives")
    String master;

    @Option(names = "--words", defaultValue = "100", description = "summary length in words (default ${DEFAULT-VALUE})")
    int words;

    @Option(
            names = "--dedup-threshold",
            defaultValue = "0.8",
            description = "estimated Jaccard for copies (default ${DEFAULT-VALUE})")
    double dedupThreshold;

    @Option(
            names = "--window-days",
            defaultValue = "0",
            description = "days without news that close a story (0: never)")
    int windowDays;

    @Option(names = "--partitions", defaultValue = "0", description = "tasks per stage (0: 4 per core)")
    int partitions;

    /** What a run did, for the caller and the tests: counts, and the first rejected inputs. */
    public record Result(long read, long rejected, long copies, long stories, List<Rejected> firstRejected) {}

    /** Rejected inputs named on the terminal; the rest are counted (all are in OUT/rejected). */
    static final int NAMED_REJECTIONS = 10;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PrecisSparkJob()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (words < 10) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--words must be at least 10");
        }
        new NearDuplicates(dedupThreshold); // checks the threshold before any work
        SparkSession.Builder builder = SparkSession.builder().appName("precis");
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            Path out = new Path(output);
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                System.err.println("precis spark: the output folder " + output + " already exists: give a new one");
                return 2;
            }
            Result r;
            try {
                r = run(spark, inputs, output, words, dedupThreshold, windowDays, partitions);
            } catch (IOException | RuntimeException e) {
                System.err.println("precis spark: the job failed: " + reason(e));
                return 1;
            }
            for (Rejected x : r.firstRejected()) {
                System.err.println("skipped " + x.input() + ": " + x.reason());
            }
            if (r.rejected() > r.firstRejected().size()) {
                System.err.println(
                        "... and " + (r.rejected() - r.firstRejected().size()) + " more in " + output + "/rejected");
            }
            PrintWriter stdout = new PrintWriter(System.out, true);
            stdout.printf(
                    "%s read, %s rejected (%s/rejected), %s folded, %s written to %s/stories and %s/stories.parquet%n",
                    count(r.read(), "article"),
                    count(r.rejected(), "input"),
                    output,
                    count(r.copies(), "copy", "copies"),
                    count(r.stories(), "story", "stories"),
                    output,
                    output);
            return r.stories() == 0 ? 1 : 0;
        }
    }

    /** Runs the job on a session; the output folder must not exist. */
    public static Result run(
            SparkSession spark,
            List<String> inputs,
            String output,
            int words,
            double dedupThreshold,
            int windowDays,
            int partitions)
            throws IOException {
        int tasks = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
        Inputs.Read read = Inputs.read(spark, inputs, tasks);
        JavaRDD<Article> articles = read.articles().persist(JavaSparkContexts.KEPT);
        Cleaning.Cleaned cleaned = Cleaning.clean(articles, words, tasks);
        JavaRDD<Article> clean = cleaned.articles().persist(JavaSparkContexts.KEPT);
        CopyFolding.Folded folded = CopyFolding.fold(clean, dedupThreshold);
        JavaRDD<Article> kept = clean.filter(a -> !folded.isCopy(a.id));
        StoryGrouping.Grouped grouped = StoryGrouping.group(kept, StoryClusterer.DEFAULT_THRESHOLD, windowDays, tasks);
        JavaRDD<StoryRow> stories =
                StorySummaries.summarise(clean, folded, grouped, words, tasks).cache();

        var frame = spark.createDataset(stories.rdd(), Encoders.bean(StoryRow.class))
                .select("id", "title", "first", "last", "size", "articles", "outlets", "summary", "summarisedFrom");
        frame.write().mode(SaveMode.ErrorIfExists).json(output + "/stories");
        frame.write().mode(SaveMode.ErrorIfExists).parquet(output + "/stories.parquet");
        JavaRDD<Rejected> rejected = read.rejected().union(cleaned.rejected()).cache();
        spark.createDataFrame(rejected.map(RejectedRow::of), RejectedRow.class)
                .coalesce(1)
                .write()
                .mode(SaveMode.ErrorIfExists)
                .json(output + "/rejected");
        return new Result(
                articles.count(),
                rejected.count(),
                folded.keptFor().size(),
                stories.count(),
                rejected.take(NAMED_REJECTIONS));
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The innermost cause's message: what went wrong, without the layers Spark wraps it in. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null
                ? "an unexpected error"
                : root.getMessage().lines().findFirst().orElse("");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }
}
