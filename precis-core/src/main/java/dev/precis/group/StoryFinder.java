package dev.precis.group;

import dev.precis.model.Document;
import dev.precis.model.DuplicateGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grouping stage of a batch: copies of one text are folded (estimated shingle Jaccard at or
 * above the duplicate threshold), the rest grouped by {@link StoryClusterer} in batch mode.
 */
public final class StoryFinder {
    /** One story's articles (earliest first) and the copies folded into them. */
    public record Group(List<Document> documents, List<DuplicateGroup> folded) {}

    private final NearDuplicates duplicates;
    private final StoryClusterer clusterer;

    /**
     * @param duplicateThreshold estimated shingle Jaccard at which two articles are copies
     * @param windowDays         days without news after which a story closes (0: never)
     */
    public StoryFinder(double duplicateThreshold, int windowDays) {
        this.duplicates = new NearDuplicates(duplicateThreshold);
        this.clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD, windowDays);
    }

    /** The stories of cleaned documents, in order of first appearance. */
    public List<Group> find(List<Document> documents) {
        List<DuplicateGroup> groups = duplicates.fold(documents);
        List<Document> kept = groups.stream().map(DuplicateGroup::kept).toList();
        int[] label = clusterer.batch(kept);
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < kept.size(); i++) {
            members.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            List<Document> docs = m.stream()
                    .map(kept::get)
                    .sorted(Comparator.comparing(Document::published, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            out.add(new Group(
                    docs,
                    m.stream()
                            .map(groups::get)
                            .filter(g -> !g.copies().isEmpty())
                            .toList()));
        }
        return out;
    }
}
