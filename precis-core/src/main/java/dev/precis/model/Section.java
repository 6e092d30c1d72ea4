package dev.precis.model;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a story report a caller may ask for; the sources list comes with every one. */
public enum Section {
    SUMMARY,
    ENTITIES,
    QUOTES,
    TIMELINE,
    DISAGREEMENTS;

    /** What {@code summarize} asks for. */
    public static Set<Section> summaryOnly() {
        return EnumSet.of(SUMMARY);
    }

    /** What {@code report} asks for: everything. */
    public static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }
}
