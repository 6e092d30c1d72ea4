package dev.precis.report.entity;

import static dev.precis.report.Lexicon.COUNTRIES;
import static dev.precis.report.Lexicon.lower;

/**
 * What mentions of one name have in common once spelling is set aside: its words in lower case,
 * without dots, particles or middle initials; a country by its ISO name, whatever alias was written
 * ("US", "U.S.", "United States of America" are one key). Mentions with equal keys are one entity
 * before any alias rule runs.
 *
 * @param words   the normalised words, space-separated
 * @param country whether the name is a country's (then {@code words} is its ISO name in lower case)
 */
record NameKey(String words, boolean country) implements Comparable<NameKey> {
    /** The key of a name already normalised by the mention finder; a country alias becomes the country. */
    static NameKey of(String words, String wholeName) {
        String country = COUNTRIES.get(wholeName);
        return country != null ? new NameKey(lower(country), true) : new NameKey(words, false);
    }

    /** One word (a surname, an acronym, a one-word name). */
    boolean single() {
        return !words.contains(" ");
    }

    @Override
    public int compareTo(NameKey o) {
        int c = Boolean.compare(country, o.country);
        return c != 0 ? c : words.compareTo(o.words);
    }
}
