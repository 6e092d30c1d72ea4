package dev.precis.spark;

import dev.precis.ingest.IngestResult;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the job's inputs into articles, one per row: Parquet (a path ending in {@code .parquet},
 * file or folder, with columns {@code id} and {@code text} and optionally {@code title},
 * {@code source}, {@code url}, {@code published}), and every other file, found under the folders
 * given, by the core {@link Ingestor}: JSON Lines, JSON, HTML, plain text, RSS/Atom, DUC SGML.
 * What cannot be read goes to the rejected inputs with its reason; the rest is read.
 */
final class Inputs {
    private Inputs() {}

    /** What reading gave: the articles and what was rejected. */
    record Read(JavaRDD<Article> articles, JavaRDD<Rejected> rejected) {}

    /** One file's result as it leaves its task. */
    private record FileResult(List<Article> articles, List<Rejected> rejected) implements Serializable {}

    static Read read(SparkSession spark, List<String> paths, int partitions) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        List<String> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<Rejected> missing = new ArrayList<>();
        for (String p : paths) {
            Path path = new Path(p);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                missing.add(new Rejected(p, "no such file or folder"));
            } else if (path.getName().endsWith(".parquet")) {
                parquet.add(path.toString());
            } else {
                list(fs, fs.getFileStatus(path), files, parquet);
            }
        }
        JavaRDD<Article> articles = jsc.emptyRDD();
        JavaRDD<Rejected> rejected = jsc.parallelize(missing, 1);
        if (!files.isEmpty()) {
            // The listed paths themselves are distributed (not a comma-joined input path, which
            // breaks on names holding commas or glob characters); each task opens its files.
            JavaRDD<FileResult> read = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
                    .map(Inputs::readFile)
                    .persist(JavaSparkContexts.KEPT);
            articles = articles.union(read.flatMap(r -> r.articles().iterator()));
            rejected = rejected.union(read.flatMap(r -> r.rejected().iterator()));
        }
        if (!parquet.isEmpty()) {
            JavaRDD<Row> rows = readParquet(spark, parquet).javaRDD().persist(JavaSparkContexts.KEPT);
            articles = articles.union(rows.filter(r -> problem(r) == null).map(Inputs::article));
            rejected = rejected.union(rows.filter(r -> problem(r) != null)
                    .map(r -> new Rejected(r.getAs("input_file") + " row " + describe(r), problem(r))));
        }
        return new Read(articles, rejected);
    }

    /** Files under a folder, sorted, hidden ones (".", "_": Spark's and Hadoop's markers) left out. */
    private static void list(FileSystem fs, FileStatus status, List<String> files, List<String> parquet)
            throws IOException {
        String name = status.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        if (name.endsWith(".parquet")) {
            parquet.add(status.getPath().toString());
        } else if (status.isDirectory()) {
            FileStatus[] children = fs.listStatus(status.getPath());
            java.util.Arrays.sort(children);
            for (FileStatus c : children) {
                list(fs, c, files, parquet);
            }
        } else {
            files.add(status.getPath().toUri().toString());
        }
    }

    private static FileResult readFile(String uri) {
        String name = localName(uri);
        List<Rejected> rejected = new ArrayList<>();
        byte[] bytes;
        Path path = new Path(URI.create(uri));
        // A task's own Hadoop configuration: the executor's (core-site.xml on a cluster).
        try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
            bytes = in.readNBytes((int) Ingestor.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return new FileResult(List.of(), List.of(new Rejected(name, "cannot be read: " + e.getMessage())));
        }
        if (bytes.length > Ingestor.MAX_FILE_BYTES) {
            return new FileResult(
                    List.of(),
                    List.of(new Rejected(
                            name,
                            "too large (limit is " + Ingestor.MAX_FILE_BYTES / (1024 * 1024)
                                    + " MiB): split it into smaller files")));
        }
        IngestResult read = new Ingestor().ingest(name, bytes);
        for (Problem p : read.problems()) {
            if (!p.notice()) {
                rejected.add(Rejected.of(p));
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Document d : read.documents()) {
            articles.add(new Article(d));
        }
        return new FileResult(articles, rejected);
    }

    /** A local file's path as the CLI would name it; other file systems keep their URI. */
    static String localName(String uri) {
        URI u = URI.create(uri);
        return "file".equals(u.getScheme()) ? u.getPath() : uri;
    }

    private static Dataset<Row> readParquet(SparkSession spark, List<String> paths) {
        Dataset<Row> rows = spark.read().parquet(paths.toArray(String[]::new));
        for (String column : List.of("id", "text", "title", "source", "url", "published")) {
            if (!List.of(rows.columns()).contains(column)) {
                rows = rows.withColumn(column, functions.lit(null).cast("string"));
            }
        }
        return rows.select(
                        functions.col("id").cast("string"),
                        functions.col("text").cast("string"),
                        functions.col("title").cast("string"),
                        functions.col("source").cast("string"),
                        functions.col("url").cast("string"),
                        functions.col("published").cast("string"))
                .withColumn("input_file", functions.input_file_name());
    }

    /** Why a Parquet row cannot be an article, or null when it can. */
    private static String problem(Row r) {
        String id = r.getAs("id");
        String text = r.getAs("text");
        if (id == null || id.isBlank()) {
            return "no id";
        }
        if (text == null || text.isBlank()) {
            return "no text";
        }
        if (text.length() > Ingestor.MAX_BODY_CHARS) {
            return "text longer than " + Ingestor.MAX_BODY_CHARS + " characters";
        }
        String published = r.getAs("published");
        if (published != null && date(published) == null) {
            return "published is not a date (YYYY-MM-DD): " + shorten(published);
        }
        return null;
    }

    private static String describe(Row r) {
        String id = r.getAs("id");
        return id == null ? "(no id)" : shorten(id);
    }

    private static Article article(Row r) {
        String published = r.getAs("published");
        String file = localName(r.getAs("input_file"));
        return new Article(new Document(
                r.getAs("id"),
                r.getAs("title"),
                r.getAs("source"),
                r.getAs("url"),
                published == null ? null : date(published),
                r.getAs("text"),
                file + "#" + r.getAs("id")));
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
