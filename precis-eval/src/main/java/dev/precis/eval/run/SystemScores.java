package dev.precis.eval.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mean ROUGE-2 recall of each submitted system, from NIST's official per-evaluation lines
 * ({@code nist/rougejk.eval-lines.txt}): the figures the DUC participants were ranked by.
 * Only automatic systems (numeric ids) are returned; humans are letters.
 */
public final class SystemScores {
    private SystemScores() {}

    public static Map<String, Double> rouge2Recall(Path datasetRoot) throws IOException {
        Path lines = datasetRoot.resolve("nist/rougejk.eval-lines.txt");
        Map<String, Double> out = new TreeMap<>();
        if (!Files.exists(lines)) {
            return out;
        }
        Map<String, double[]> sums = new HashMap<>();
        for (String line : Files.readAllLines(lines)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 7 && f[1].equals("ROUGE-2") && f[0].matches("\\d+")) {
                double[] s = sums.computeIfAbsent(f[0], k -> new double[2]);
                s[0] += Double.parseDouble(f[4].substring(2));
                s[1]++;
            }
        }
        sums.forEach((id, s) -> out.put(id, s[0] / s[1]));
        return out;
    }
}
