package dev.precis.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Shared;
import dev.precis.eval.data.Dataset;
import dev.precis.eval.data.DatasetReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole evaluation on DUC 2006. Our "lead" must land where NIST's own lead baseline did: that
 * checks reading, cleaning, splitting, budgeting and scoring end to end against a known system.
 */
class EvaluatorIT {
    @Test
    void baselinesLandWhereTheLiteratureSaysAndTheDefaultBeatsTheBestParticipant() throws Exception {
        Path duc = Shared.duc2006();
        Dataset data = DatasetReader.read(duc);
        Map<String, Double> systems = SystemScores.rouge2Recall(duc);
        assertEquals(35, systems.size());
        assertEquals(0.0465, systems.get("1"), 0.0005, "NIST's lead baseline");
        assertEquals(0.0891, systems.get("24"), 0.0005, "the best participant");

        Evaluator evaluator = new Evaluator(250, false);
        List<MethodResult> results =
                evaluator.run(data, List.of("lead", "centroid", "coverage"), systems, (done, all) -> {});
        Map<String, Double> r2 = results.stream()
                .collect(Collectors.toMap(
                        MethodResult::method, r -> r.recall().get("ROUGE-2").mean()));
        results.forEach(
                r -> System.out.println(r.method() + " ROUGE-2 " + r.recall().get("ROUGE-2") + " rank " + r.rank()));
        assertEquals(0.0465, r2.get("lead"), 0.004, "our lead reproduces NIST's lead baseline");
        assertTrue(r2.get("centroid") > 0.07 && r2.get("centroid") < 0.095, "centroid " + r2.get("centroid"));
        assertTrue(r2.get("coverage") > 0.0891, "coverage beats the best DUC 2006 participant: " + r2.get("coverage"));
        MethodResult coverage = results.stream()
                .filter(r -> r.method().equals("coverage"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, coverage.rank());
        // The project's generic-mode targets: what the default method reached before analysis was made
        // fast (0.0997 ROUGE-2); speed must not cost quality.
        assertTrue(r2.get("coverage") >= 0.0997, "ROUGE-2 recall " + r2.get("coverage"));
        double su4 = coverage.recall().get("ROUGE-SU4").mean();
        assertTrue(su4 >= 0.150, "ROUGE-SU4 recall " + su4);
        assertTrue(coverage.recall().get("ROUGE-2").low() < r2.get("coverage")
                && coverage.recall().get("ROUGE-2").high() > r2.get("coverage"));
        assertTrue(coverage.msPerCluster() > 0 && coverage.articlesPerSecond() > 0);
        // The summary audit (#14): at most 3% of the default method's sentences with a flaw a reader sees.
        var audit = evaluator.audits().get("coverage");
        assertTrue(audit.sentences() > 250, audit.sentences() + " sentences audited");
        assertTrue(audit.shareFlawed() <= 0.03, "flawed share " + audit.shareFlawed());
        assertTrue(evaluator.audits().get("lead").shareFlawed() > audit.shareFlawed(), "the audit tells methods apart");
    }
}
