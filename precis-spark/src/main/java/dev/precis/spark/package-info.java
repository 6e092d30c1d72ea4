/**
 * Precis on Apache Spark: the core pipeline's stages (reading, cleaning, copy folding, grouping,
 * summarising) run per partition over a corpus that outgrows one machine, with the distributed
 * parts (copy candidates by LSH band, blocking for grouping, the merge across blocks) around them.
 * {@link dev.precis.spark.PrecisSparkJob} is the job; {@link dev.precis.spark.ScaleBenchmark}
 * measures it on replicated corpora.
 */
package dev.precis.spark;
