package dev.precis.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.model.Document;
import dev.precis.model.DuplicateGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-duplicate folding and story merging on written fixtures (scores on DUC 2006: precis-eval's DucGroupingIT). */
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
                doc(
                        "other",
                        "A storm flooded the harbour on Tuesday and closed the coast road for most of the day. "
                                + "Fishermen moved their boats inland and the school stayed shut while crews cleared the debris."));
        List<DuplicateGroup> groups = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD).fold(docs);
        assertEquals(2, groups.size());
        DuplicateGroup budget = groups.get(0);
        assertEquals("paper", budget.kept().id(), "the longest copy is kept");
        assertEquals(List.of("wire"), budget.copies().stream().map(Document::id).toList());
        assertTrue(groups.get(1).copies().isEmpty());
    }

    /**
     * Two articles on one event in words that barely overlap start two stories; once a third
     * article bridges their words, the smaller story merges into the larger, and the merge is
     * reported so that a caller holding story numbers (the service's store) can follow it.
     */
    @Test
    void aStoryMergesIntoItsNeighbourOnceItsArticlesWouldJoinIt() {
        StoryClusterer.Session session = new StoryClusterer(0.3, 0).session();
        StoryClusterer.Placement first = session.add(doc("a", "Flood waters closed the coast road near the harbour."));
        StoryClusterer.Placement second =
                session.add(doc("b", "Fishermen moved their boats inland as the storm surge rose."));
        assertTrue(first.story() != second.story(), "no shared words, two stories");
        StoryClusterer.Placement third = session.add(doc(
                "c",
                "The storm surge flooded the harbour: fishermen moved boats "
                        + "inland and flood waters closed the coast road."));
        assertEquals(1, third.merges().size(), third.toString());
        StoryClusterer.Merge merge = third.merges().get(0);
        assertEquals(third.story(), merge.into());
        assertTrue(merge.from() == first.story() || merge.from() == second.story(), merge.toString());

        List<Document> stream = List.of(
                doc("a", "Flood waters closed the coast road near the harbour."),
                doc("b", "Fishermen moved their boats inland as the storm surge rose."),
                doc(
                        "c",
                        "The storm surge flooded the harbour: fishermen moved boats inland and flood waters closed the coast road."));
        int[] online = new StoryClusterer(0.3, 0).online(stream);
        assertEquals(online[0], online[1]);
        assertEquals(online[0], online[2]);
    }
}
