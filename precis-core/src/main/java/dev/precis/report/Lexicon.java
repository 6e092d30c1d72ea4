package dev.precis.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calendar words, pronouns and country names for the story report's rules (the other word classes
 * are in {@link dev.precis.text.WordLists}).
 * Country names come from the JDK's ISO 3166 list, so places need no hand-made gazetteer.
 */
public final class Lexicon {
    private Lexicon() {}

    public static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    public static final Map<String, Integer> MONTHS = months();
    public static final Map<String, Integer> WEEKDAYS =
            Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Country name or common alias (lower case, dots removed) -> display name. */
    public static final Map<String, String> COUNTRIES = countries();

    /**
     * Other places a name alone shows to be one (lower case, dots removed) -> name: US states and
     * their abbreviations, capitals and large cities, regions ({@code places.tsv}).
     */
    public static final Map<String, String> PLACES = places();

    /** The name of the country or other known place this key (see {@link #key}) names, or null. */
    public static String knownPlace(String keyed) {
        String country = COUNTRIES.get(keyed);
        return country != null ? country : PLACES.get(keyed);
    }

    private static Map<String, String> places() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : dev.precis.text.WordLists.table("places.tsv", 2)) {
            m.put(key(row[0]), row[1]);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[] names = {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"
        };
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
            m.put(names[i].substring(0, 3) + ".", i + 1);
        }
        m.put("sept", 9);
        m.put("sept.", 9);
        m.remove("may.");
        return Map.copyOf(m);
    }

    private static Map<String, String> countries() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            m.put(name.toLowerCase(Locale.ROOT), name);
        }
        String us = new Locale("", "US").getDisplayCountry(Locale.ENGLISH);
        String uk = new Locale("", "GB").getDisplayCountry(Locale.ENGLISH);
        for (String alias : new String[] {"us", "usa", "america", "united states of america", "the united states"}) {
            m.put(alias, us);
        }
        for (String alias : new String[] {"uk", "britain", "great britain"}) {
            m.put(alias, uk);
        }
        m.put("russian federation", m.get("russia"));
        m.put("turkiye", m.getOrDefault("turkey", "Turkey"));
        return Map.copyOf(m);
    }

    public static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    /** Lower case with dots removed, so "U.S." and "US" are one key. */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace('\u2019', '\'')
                .strip();
    }
}
