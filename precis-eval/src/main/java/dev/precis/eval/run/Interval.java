package dev.precis.eval.run;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A mean with a bootstrap confidence interval, computed as ROUGE-1.5.5 does it: resample the
 * evaluation instances with replacement 1,000 times and read the interval off the sorted means,
 * interpolating between neighbouring ranks. (ROUGE seeds Perl's generator; a Java generator gives
 * slightly different bounds, never a different mean.)
 */
public record Interval(double mean, double low, double high) {
    public static Interval bootstrap(List<Double> values, double confidence, int samples, long seed) {
        int n = values.size();
        if (n == 0) {
            return new Interval(0, 0, 0);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Random random = new Random(seed);
        double[] means = new double[samples];
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values.get(random.nextInt(n));
            }
            means[s] = sum / n;
        }
        Arrays.sort(means);
        double delta = samples * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int) (samples - delta - 1);
        int lowerA = (int) delta;
        double ratio = samples - delta - 1 - upperA;
        double low = means[lowerA] + (means[Math.min(samples - 1, lowerA + 1)] - means[lowerA]) * ratio;
        double high = means[upperA] + (means[Math.min(samples - 1, upperA + 1)] - means[upperA]) * ratio;
        return new Interval(mean, low, high);
    }
}
