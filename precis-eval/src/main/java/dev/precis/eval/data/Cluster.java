package dev.precis.eval.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One evaluation cluster: the articles to summarise, an optional topic, and the human reference
 * summaries (one sentence per line), keyed by the id of the person who wrote each. In the update
 * task a cluster is one set of a topic, summarised given the earlier sets, which the reader read.
 *
 * @param id         cluster id (e.g. "D0601A", or "D0703A-B" for set B of an update topic)
 * @param topic      the information need as one text (title and narrative), or null for generic data
 * @param documents  files holding the cluster's articles
 * @param references reference summaries by author id
 * @param seen       files of the earlier sets (the update task), empty otherwise
 * @param set        the update set ("A", "B", "C"), or null outside the update task
 */
public record Cluster(
        String id,
        String topic,
        List<Path> documents,
        Map<String, List<String>> references,
        List<Path> seen,
        String set) {
    public Cluster {
        documents = List.copyOf(documents);
        references = Map.copyOf(references);
        seen = List.copyOf(seen);
    }

    public Cluster(String id, String topic, List<Path> documents, Map<String, List<String>> references) {
        this(id, topic, documents, references, List.of(), null);
    }
}
