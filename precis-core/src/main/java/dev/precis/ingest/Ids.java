package dev.precis.ingest;

/** Derives document ids from input names. */
final class Ids {
    private Ids() {}

    static String fromFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
