package dev.precis.summarize;

import java.util.Arrays;

/**
 * Dense ids for long keys (open addressing, no boxing): the concept index of one corpus, where a
 * HashMap of boxed longs would spend more time allocating than counting.
 */
final class LongIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1024];
    private int[] ids = new int[1024];
    private int size;

    LongIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** The key's id, assigning the next free one to a new key. */
    int add(long key) {
        int slot = find(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            ids[slot] = size++;
            if (size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }
        return ids[slot];
    }

    /** The key's id, or -1 when it has none. */
    int get(long key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? -1 : ids[slot];
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
