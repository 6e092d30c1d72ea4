package dev.precis.report.entity;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of keys, merged by the alias rules: each set is one entity. Not thread-safe. */
final class UnionFind<K> {
    private final Map<K, K> parent = new HashMap<>();

    /** The representative of {@code k}'s set ({@code k} itself when it was never merged). */
    K find(K k) {
        K p = parent.computeIfAbsent(k, x -> x);
        if (p.equals(k)) {
            return k;
        }
        K root = find(p);
        parent.put(k, root);
        return root;
    }

    void union(K a, K b) {
        K ra = find(a);
        K rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
