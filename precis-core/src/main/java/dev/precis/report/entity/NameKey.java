package dev.precis.report.entity;

import static dev.precis.report.Lexicon.lower;

import dev.precis.report.Lexicon;

/**
 * What mentions of one name have in common once spelling is set aside: its words in lower case,
 * without dots, particles or middle initials; a country by its ISO name, whatever alias was written
 * ("US", "U.S.", "United States of America" are one key), and another known place by its name
 * ("N.C." and "North Carolina"; see {@link Lexicon#PLACES}). Mentions with equal keys are one
 * entity before any alias rule runs.
 *
 * @param words      the normalised words, space-separated
 * @param knownPlace whether the name is a country's or another known place's (then {@code words} is
 *                   its name in lower case)
 */
record NameKey(String words, boolean knownPlace) implements Comparable<NameKey> {
    /** The key of a name already normalised by the mention finder; a place's alias becomes the place. */
    static NameKey of(String words, String wholeName) {
        String place = Lexicon.knownPlace(wholeName);
        return place != null ? new NameKey(lower(place), true) : new NameKey(words, false);
    }

    /** One word (a surname, an acronym, a one-word name). */
    boolean single() {
        return !words.contains(" ");
    }

    @Override
    public int compareTo(NameKey o) {
        int c = Boolean.compare(knownPlace, o.knownPlace);
        return c != 0 ? c : words.compareTo(o.words);
    }
}
