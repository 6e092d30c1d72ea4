package dev.precis.spark;

import dev.precis.Precis;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core pipeline, one per executor JVM: built on first use in each, shared by the tasks that
 * run there (its stages are safe to call from several threads), never shipped between machines.
 */
final class Stages {
    private Stages() {}

    private static final Map<Integer, Precis> BY_LENGTH = new ConcurrentHashMap<>();

    /** The pipeline that writes summaries of at most {@code words} words (as the CLI's {@code --words}). */
    static Precis precis(int words) {
        return BY_LENGTH.computeIfAbsent(words, w -> Precis.builder().words(w).build());
    }
}
