package dev.precis.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/** Small helpers over Spark's Java API, and the job's choices of how data is kept and gathered. */
final class JavaSparkContexts {
    private JavaSparkContexts() {}

    /**
     * How the job keeps the data it reads twice: serialised (its size is known without Spark's
     * size estimator walking every article's object graph, which took 40% of a run), spilling to
     * disk rather than reading the inputs again.
     */
    static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK_SER();

    /** Sends a value once to every executor that runs tasks of {@code rdd}'s context. */
    static <T> Broadcast<T> broadcast(JavaRDD<?> rdd, T value) {
        return JavaSparkContext.fromSparkContext(rdd.context()).broadcast(value);
    }

    /**
     * The values of each key, gathered in one task: what {@code groupByKey} gives, by a plain
     * hash partitioning and a map in the task, without the aggregation buffer whose size Spark
     * estimates again and again as it grows (the estimates walk every article held).
     */
    static <K, V> JavaRDD<Tuple2<K, List<V>>> gather(JavaPairRDD<K, V> pairs, int partitions) {
        return pairs.partitionBy(new HashPartitioner(partitions)).mapPartitions(JavaSparkContexts::byKey);
    }

    private static <K, V> Iterator<Tuple2<K, List<V>>> byKey(Iterator<Tuple2<K, V>> part) {
        Map<K, List<V>> groups = new LinkedHashMap<>();
        part.forEachRemaining(
                t -> groups.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2()));
        List<Tuple2<K, List<V>>> out = new ArrayList<>(groups.size());
        groups.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
        return out.iterator();
    }
}
