package dev.precis.eval.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One evaluation cluster: the articles to summarise, an optional topic, and the human reference
 * summaries (one sentence per line), keyed by the id of the person who wrote each.
 *
 * @param id         cluster id (e.g. "D0601A")
 * @param topic      the information need as one text (title and narrative), or null for generic data
 * @param documents  files holding the cluster's articles
 * @param references reference summaries by author id
 */
public record Cluster(String id, String topic, List<Path> documents, Map<String, List<String>> references) {
    public Cluster {
        documents = List.copyOf(documents);
        references = Map.copyOf(references);
    }
}
