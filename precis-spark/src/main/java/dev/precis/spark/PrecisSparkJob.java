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

    /** What a run did, for the caller and the tests. */
    public record Result(long read, long rejected, long copies, long stories) {}

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
            Result r = run(spark, inputs, output, words, dedupThreshold, windowDays, partitions);
            PrintWriter stdout = new PrintWriter(System.out, true);
            stdout.printf(
                    "%d articles read, %d inputs rejected (%s/rejected), %d copies folded, %d stories written to %s/stories and %s/stories.parquet%n",
                    r.read(), r.rejected(), output, r.copies(), r.stories(), output, output);
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
        JavaRDD<Article> articles = read.articles().cache();
        Cleaning.Cleaned cleaned = Cleaning.clean(articles, words, tasks);
        JavaRDD<Article> clean = cleaned.articles().cache();
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
        Result result =
                new Result(articles.count(), rejected.count(), folded.keptFor().size(), stories.count());
        return result;
    }
}
