package dev.precis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.eval.group.ClusterScores;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import dev.precis.model.Section;
import dev.precis.model.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in {@code local[2]} on the DUC 2006 articles, the seeds, and a pile of bad inputs. */
class PrecisSparkJobIT {
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("precis-test")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private List<Row> stories(Path out) {
        return spark.read().parquet(out.resolve("stories.parquet").toString()).collectAsList();
    }

    private List<Row> rejected(Path out) {
        return spark.read().json(out.resolve("rejected").toString()).collectAsList();
    }

    @Test
    void groupsThePooledDucArticlesByTheirTopics() throws IOException {
        Path docs = Shared.duc2006().resolve("docs");
        Path out = temp.resolve("out");
        PrecisSparkJob.Result r = PrecisSparkJob.run(spark, List.of(docs.toString()), out.toString(), 100, 0.8, 0, 0);
        assertEquals(750, r.read());

        Map<String, Integer> storyOf = new HashMap<>();
        int stories = 0;
        for (Row story : stories(out)) {
            for (String id : story.<String>getList(story.fieldIndex("articles"))) {
                assertEquals(null, storyOf.put(id, stories), id + " is in two stories");
            }
            stories++;
        }
        List<Document> read = new Ingestor().ingest(List.of(docs)).documents();
        Map<String, Integer> topic = new HashMap<>();
        int[] reference = new int[read.size()];
        int[] predicted = new int[read.size()];
        for (int i = 0; i < read.size(); i++) {
            Document d = read.get(i);
            String folder =
                    Path.of(d.origin().split("#")[0]).getParent().getFileName().toString();
            reference[i] = topic.computeIfAbsent(folder, k -> topic.size());
            Integer s = storyOf.get(d.id());
            assertTrue(s != null, d.id() + " is in no story");
            predicted[i] = s;
        }
        assertEquals(750, storyOf.size(), "every article in exactly one story");
        ClusterScores scores = ClusterScores.of(reference, predicted);
        System.out.printf(
                "Spark DUC 2006: %d stories, B-cubed P %.3f R %.3f F1 %.3f%n",
                stories, scores.precision(), scores.recall(), scores.f1());
        assertTrue(scores.f1() >= 0.88, "B-cubed F1 " + scores.f1());
    }

    @Test
    void aOneStoryInputIsSummarisedAsTheCliDoes() throws IOException {
        Path seeds = Shared.seeds();
        Path out = temp.resolve("seeds");
        PrecisSparkJob.run(spark, List.of(seeds.toString()), out.toString(), 100, 0.8, 0, 0);
        List<Row> stories = stories(out);
        assertEquals(1, stories.size());

        Precis.Report cli = Precis.builder().build().reportFiles(List.of(seeds), Section.summaryOnly());
        List<Document> sources = cli.report().summary().documents();
        List<String> expected = new ArrayList<>();
        for (SummarySentence s : cli.report().summary().sentences()) {
            expected.add(s.text() + " [" + sources.get(s.source()).id() + "; "
                    + s.corroborating().stream().map(i -> sources.get(i).id()).toList() + "]");
        }
        List<String> actual = new ArrayList<>();
        for (Row line : stories.get(0).<Row>getList(stories.get(0).fieldIndex("summary"))) {
            actual.add(line.getAs("text") + " [" + line.getAs("source") + "; "
                    + line.<String>getList(line.fieldIndex("corroborating")) + "]");
        }
        assertEquals(expected, actual);
        assertEquals(cli.report().title(), stories.get(0).getAs("title"));
    }

    @Test
    void badRecordsAreReportedByNameAndTheRestIsWritten() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        String article = "The harbour bridge in Ostravale opened on Tuesday after nine years of building, the"
                + " council said.\n\nAbout 3,000 people watched the mayor cut the ribbon at noon.";
        Files.writeString(
                in.resolve("feed.jsonl"),
                "{\"id\":\"a1\",\"title\":\"Bridge opens\",\"text\":\"" + article.replace("\n", "\\n") + "\"}\n"
                        + "{\"id\":\"a2\", broken\n"
                        + "{\"id\":\"a3\",\"title\":\"No text\"}\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("bridge"), "Bridge opens in Ostravale\n\n" + article, StandardCharsets.UTF_8);
        // A name with a space, a comma and glob characters: read like any other.
        Files.writeString(
                in.resolve("bridge, day two [final].txt"),
                "Bridge reopens in Ostravale\n\nThe harbour bridge in Ostravale reopened on Friday after repairs to two"
                        + " supports, the council said.\n\nTrams crossed it again at noon.",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType);
        spark.createDataFrame(
                        List.of(
                                RowFactory.create("p1", article, "2024-03-12"),
                                RowFactory.create(null, article, null),
                                RowFactory.create("p3", article, "last Tuesday")),
                        schema)
                .write()
                .parquet(in.resolve("rows.parquet").toString());
        Path out = temp.resolve("bad-out");
        PrecisSparkJob.Result r = PrecisSparkJob.run(spark, List.of(in.toString()), out.toString(), 100, 0.8, 0, 0);

        List<String> written = new ArrayList<>();
        stories(out).forEach(s -> written.addAll(s.<String>getList(s.fieldIndex("articles"))));
        assertEquals(4, written.size(), written.toString());
        assertTrue(written.containsAll(List.of("a1", "bridge", "p1")), written.toString());
        List<String> reasons = new ArrayList<>();
        rejected(out).forEach(row -> reasons.add(row.getAs("input") + ": " + row.getAs("reason")));
        String all = String.join("\n", reasons);
        for (String named : List.of("feed.jsonl", "empty.txt", "photo.jpg", "(no id)", "p3")) {
            assertTrue(all.contains(named), named + " not reported in:\n" + all);
        }
        assertTrue(r.rejected() >= 6, all);
        assertTrue(!all.contains("Exception"), all);
    }
}
