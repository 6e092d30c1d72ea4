package dev.precis.eval.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Shared;
import dev.precis.clean.NoiseCleaner;
import dev.precis.group.StoryClusterer;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Story grouping scored on DUC 2006's labelled clusters. */
class DucGroupingIT {
    /**
     * All 750 DUC 2006 articles pooled and shuffled, then grouped and scored against their 30 folders.
     * Both modes must reach the project's target of 0.90 B-cubed F1 (batch reaches 0.914, online 0.911).
     */
    @Test
    void ducClustersAreRecovered() {
        Path docsDir = Shared.duc2006().resolve("docs");
        List<Document> docs = new ArrayList<>(
                new NoiseCleaner().clean(new Ingestor().ingest(List.of(docsDir)).documents()));
        Collections.shuffle(docs, new Random(7));
        Map<String, Integer> labels = new HashMap<>();
        int[] reference = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            String cluster =
                    Path.of(docs.get(i).origin()).getParent().getFileName().toString();
            reference[i] = labels.computeIfAbsent(cluster, k -> labels.size());
        }
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, 0);
        ClusterScores batch = ClusterScores.of(reference, clusterer.batch(docs));
        ClusterScores online = ClusterScores.of(reference, clusterer.online(docs));
        System.out.printf(
                "batch  B3 P %.3f R %.3f F1 %.3f ARI %.3f%nonline B3 P %.3f R %.3f F1 %.3f ARI %.3f%n",
                batch.precision(),
                batch.recall(),
                batch.f1(),
                batch.adjustedRand(),
                online.precision(),
                online.recall(),
                online.f1(),
                online.adjustedRand());
        assertTrue(batch.f1() >= 0.90, "batch B-cubed F1 " + batch.f1());
        assertTrue(online.f1() >= 0.90, "online B-cubed F1 " + online.f1());
    }
}
