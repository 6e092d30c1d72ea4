package dev.precis.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Shared;
import dev.precis.clean.NoiseCleaner;
import dev.precis.ingest.Ingestor;
import dev.precis.model.Document;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Near-duplicate folding, clustering scores, and story grouping on DUC 2006's labelled clusters. */
class GroupingTest {
    private static final String WIRE = "The town council approved the new budget on Monday after a debate that lasted "
            + "eleven hours. Spending on schools rises by four percent and the harbour gets two new cranes. "
            + "The mayor said the vote showed the town could agree on hard choices, while the opposition called "
            + "the plan reckless and promised to campaign against it before the next election in the spring.";

    private static Document doc(String id, String body) {
        return new Document(id, null, null, null, LocalDate.of(2016, 9, 5), body, id);
    }

    @Test
    void wireCopiesAreFoldedAndOtherStoriesAreNot() {
        List<Document> docs = List.of(
                doc("wire", WIRE),
                doc("paper", "Subscribe today. " + WIRE + " Share this story."),
                doc("other", "A storm flooded the harbour on Tuesday and closed the coast road for most of the day. "
                        + "Fishermen moved their boats inland and the school stayed shut while crews cleared the debris."));
        List<DuplicateGroup> groups = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD).fold(docs);
        assertEquals(2, groups.size());
        DuplicateGroup budget = groups.get(0);
        assertEquals("paper", budget.kept().id(), "the longest copy is kept");
        assertEquals(List.of("wire"), budget.copies().stream().map(Document::id).toList());
        assertTrue(groups.get(1).copies().isEmpty());
    }

    @Test
    void clusterScoresCountedByHand() {
        ClusterScores perfect = ClusterScores.of(new int[] {0, 0, 1, 1}, new int[] {5, 5, 7, 7});
        assertEquals(1.0, perfect.f1(), 1e-9);
        assertEquals(1.0, perfect.adjustedRand(), 1e-9);
        ClusterScores lumped = ClusterScores.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0});
        assertEquals(0.5, lumped.precision(), 1e-9);
        assertEquals(1.0, lumped.recall(), 1e-9);
        assertEquals(0.0, lumped.adjustedRand(), 1e-9);
    }

    /**
     * All 750 DUC 2006 articles pooled and shuffled, then grouped and scored against their 30 folders.
     * Batch mode must reach the project's target of 0.90 B-cubed F1 (it reaches 0.912); the floor
     * for online mode records what it reaches today (0.872), short of that target.
     */
    @Test
    void ducClustersAreRecovered() {
        Path docsDir = Shared.duc2006().resolve("docs");
        List<Document> docs = new ArrayList<>(new NoiseCleaner().clean(new Ingestor().ingest(List.of(docsDir)).documents()));
        Collections.shuffle(docs, new Random(7));
        Map<String, Integer> labels = new HashMap<>();
        int[] reference = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            String cluster = Path.of(docs.get(i).origin()).getParent().getFileName().toString();
            reference[i] = labels.computeIfAbsent(cluster, k -> labels.size());
        }
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, 0);
        ClusterScores batch = ClusterScores.of(reference, clusterer.batch(docs));
        ClusterScores online = ClusterScores.of(reference, clusterer.online(docs));
        System.out.printf("batch  B3 P %.3f R %.3f F1 %.3f ARI %.3f%nonline B3 P %.3f R %.3f F1 %.3f ARI %.3f%n",
                batch.precision(), batch.recall(), batch.f1(), batch.adjustedRand(),
                online.precision(), online.recall(), online.f1(), online.adjustedRand());
        assertTrue(batch.f1() >= 0.90, "batch B-cubed F1 " + batch.f1());
        assertTrue(online.f1() >= 0.85, "online B-cubed F1 " + online.f1());
    }
}
