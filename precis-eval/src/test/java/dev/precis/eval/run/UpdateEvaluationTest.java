package dev.precis.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.eval.data.Cluster;
import dev.precis.eval.data.Dataset;
import dev.precis.eval.data.DatasetReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DUC 2007 update layout, on a small fixture written for the project (an invented story told
 * in three sets): detected by its structure, each set summarised given the earlier ones, scored
 * overall and per set.
 */
class UpdateEvaluationTest {
    private static Path fixture() throws URISyntaxException {
        return Path.of(UpdateEvaluationTest.class.getResource("/duc2007-update").toURI());
    }

    @Test
    void theUpdateLayoutIsReadAsOneClusterPerSetGivenTheEarlierSets() throws Exception {
        Dataset d = DatasetReader.read(fixture());
        assertEquals(
                List.of("D0901A-A", "D0901A-B", "D0901A-C"),
                d.clusters().stream().map(Cluster::id).toList());
        assertEquals(
                List.of(0, 2, 4),
                d.clusters().stream().map(c -> c.seen().size()).toList());
        assertEquals(
                List.of("A", "B", "C"), d.clusters().stream().map(Cluster::set).toList());
        for (Cluster c : d.clusters()) {
            assertEquals(2, c.references().size(), c.id());
            assertTrue(c.topic().startsWith("Ostravale harbour bridge."), c.topic());
            assertEquals(1, d.peers().get(c.id()).size(), c.id());
        }
    }

    @Test
    void scoresOverallAndPerSetAndTheUpdatesSayWhatIsNew() throws IOException, URISyntaxException {
        Dataset d = DatasetReader.read(fixture());
        List<MethodResult> results = new Evaluator(100, false).run(d, List.of("coverage"), Map.of(), (a, b) -> {});
        assertEquals(
                List.of("coverage", "coverage (set A)", "coverage (set B)", "coverage (set C)"),
                results.stream().map(MethodResult::method).toList());
        for (MethodResult r : results) {
            double r2 = r.recall().get("ROUGE-2").mean();
            assertTrue(r2 > 0.1, r.method() + " ROUGE-2 " + r2);
        }
        String table = ResultTable.render(results, "text");
        assertTrue(table.contains("coverage (set C)"), table);
    }
}
