package dev.precis.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/** Small helpers over Spark's Java API. */
final class JavaSparkContexts {
    private JavaSparkContexts() {}

    /** Sends a value once to every executor that runs tasks of {@code rdd}'s context. */
    static <T> Broadcast<T> broadcast(JavaRDD<?> rdd, T value) {
        return JavaSparkContext.fromSparkContext(rdd.context()).broadcast(value);
    }
}
