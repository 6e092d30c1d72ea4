package dev.precis.group;

import dev.precis.model.Document;
import dev.precis.model.DuplicateGroup;
import dev.precis.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds articles that are the same text: MinHash signatures of word 4-shingles, banded
 * locality-sensitive hashing for candidate pairs (no all-pairs comparison), and the estimated
 * Jaccard similarity to confirm. Each group keeps its longest text; the others are folded into it.
 */
public final class NearDuplicates {
    /** Estimated shingle Jaccard at or above which two articles are copies of one text. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    private static final int SHINGLE = 4;
    /** Bands of the signature, each a candidate key ({@link #bandKey}). */
    public static final int BANDS = 20;

    private static final int ROWS = 5;
    private static final int HASHES = BANDS * ROWS;

    private final double threshold;
    private final long[] seeds = new long[HASHES];

    public NearDuplicates(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("the duplicate threshold is a similarity between 0 and 1");
        }
        this.threshold = threshold;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < HASHES; i++) {
            seeds[i] = random.nextLong() | 1;
        }
    }

    /** Groups of copies, each in input order of its first member; singletons are groups of one. */
    public List<DuplicateGroup> fold(List<Document> documents) {
        int n = documents.size();
        long[][] signatures = new long[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> signatures[i] = signature(documents.get(i)));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, Integer> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (signatures[i] == null) {
                    continue;
                }
                long key = bandKey(signatures[i], band);
                Integer other = buckets.putIfAbsent(key, i);
                if (other != null && similarity(signatures[i], signatures[other]) >= threshold) {
                    union(parent, i, other);
                }
            }
        }
        Map<Integer, List<Document>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(documents.get(i));
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (List<Document> g : groups.values()) {
            Document kept = g.stream()
                    .max(java.util.Comparator.comparingInt(d -> d.body().length()))
                    .orElseThrow();
            List<Document> copies = new ArrayList<>(g);
            copies.remove(kept);
            out.add(new DuplicateGroup(kept, copies));
        }
        return out;
    }

    /**
     * The locality-sensitive hash of one band of a signature: articles that share any band's key
     * are candidate copies (a distributed run joins on these keys).
     */
    public static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = key * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
        }
        return key;
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal minimum hashes. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** Whether two articles' signatures make them copies of one text. */
    public boolean copies(long[] a, long[] b) {
        return similarity(a, b) >= threshold;
    }

    /** The article's MinHash signature over word 4-shingles; null when it is too short to judge. */
    public long[] signature(Document d) {
        List<String> words = Words.of(d.body());
        if (words.size() < SHINGLE) {
            return null; // too short to tell a copy from a coincidence
        }
        int[] wordHashes = new int[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = words.get(i).hashCode();
        }
        long[] shingles = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + wordHashes[j];
            }
            shingles[i] = h;
        }
        java.util.Arrays.sort(shingles); // each distinct shingle counts once
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i < shingles.length; i++) {
            if (i > 0 && shingles[i] == shingles[i - 1]) {
                continue;
            }
            long s = shingles[i];
            for (int k = 0; k < HASHES; k++) {
                long h = mix(s * seeds[k]);
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
