package dev.precis.eval.run;

import java.util.Map;

/**
 * One method's figures on a dataset.
 *
 * @param method        method name
 * @param recall        ROUGE recall by measure, mean over all (jackknifed) evaluations with 95% CI
 * @param msPerCluster  wall time per cluster: reading, cleaning and analysis plus the method itself
 * @param methodMsPerCluster wall time per cluster of the method alone (its share of the above)
 * @param articlesPerSecond articles summarised per second at that pace
 * @param peakHeapBytes peak heap in use while the method ran
 * @param rank          1-based rank by ROUGE-2 recall among the dataset's submitted systems, or 0 when it has none
 * @param systems       number of submitted systems ranked against
 */
public record MethodResult(
        String method,
        Map<String, Interval> recall,
        double msPerCluster,
        double methodMsPerCluster,
        double articlesPerSecond,
        long peakHeapBytes,
        int rank,
        int systems) {}
