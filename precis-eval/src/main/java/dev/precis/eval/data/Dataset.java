package dev.precis.eval.data;

import java.util.List;
import java.util.Map;

/**
 * Clusters to evaluate on, and, where the dataset has them, the summaries other systems submitted
 * (by cluster id, then peer id), so a method can be ranked among them.
 */
public record Dataset(String name, List<Cluster> clusters, Map<String, Map<String, List<String>>> peers) {
    public Dataset {
        clusters = List.copyOf(clusters);
        peers = Map.copyOf(peers);
    }
}
