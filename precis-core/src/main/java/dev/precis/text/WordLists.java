package dev.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes every stage relies on, each written once as a resource file beside this
 * class ({@code stop-words.txt}, {@code honorifics.txt}, ...) and loaded once. A line holds one word;
 * {@code #} starts a comment.
 */
public final class WordLists {
    /** Forms of address ("mr", "mr.", "sir", "lady"): abbreviated ones with and without their full stop. */
    public static final Set<String> HONORIFICS = honorifics();
    /** English function words (see {@link StopWords}). */
    public static final Set<String> STOP_WORDS = load("stop-words.txt");
    /** Abbreviations that, followed by more text, almost never end a sentence ("Gen.", "U.S."). */
    public static final Set<String> NON_FINAL_ABBREVIATIONS = union(
            load("abbreviations.txt"),
            HONORIFICS.stream().filter(h -> h.endsWith(".")).toList());
    /** Words of a title written before a person's name ("Russian Foreign Minister ..."). */
    public static final Set<String> TITLE_WORDS = union(load("title-words.txt"), HONORIFICS);
    /** Title words that on their own say the name after them is a person's. */
    public static final Set<String> PERSON_TITLES = union(load("person-titles.txt"), HONORIFICS);
    /** Lower-case nouns that introduce a person's name ("spokesman Dmitry Peskov"). */
    public static final Set<String> ROLE_NOUNS = load("role-nouns.txt");
    /** The last word of many organisation names. */
    public static final Set<String> ORGANISATION_HEADS = load("organisation-heads.txt");
    /** The last word of names of things that are none of person, organisation or place. */
    public static final Set<String> OTHER_HEADS = load("other-heads.txt");
    /** Words after a name that say it is an organisation's ("EgyptAir officials"). */
    public static final Set<String> ORGANISATION_FOLLOWERS = load("organisation-followers.txt");
    /** Capitalised words that are not names (time zones, clock marks, languages); case-sensitive. */
    public static final Set<String> NOT_NAMES = load("not-names.txt");
    /** Verbs that attribute speech. */
    public static final Set<String> SPEECH_VERBS = load("speech-verbs.txt");
    /** Demonym (lower case) to the country it names. */
    public static final Map<String, String> DEMONYMS = pairs("demonyms.tsv");

    private WordLists() {}

    private static Set<String> honorifics() {
        Set<String> out = new HashSet<>();
        for (String h : load("honorifics.txt")) {
            out.add(h);
            if (h.endsWith(".")) {
                out.add(h.substring(0, h.length() - 1));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Iterable<String> b) {
        Set<String> out = new HashSet<>(a);
        b.forEach(out::add);
        return Set.copyOf(out);
    }

    private static Set<String> load(String name) {
        return Set.copyOf(lines(name));
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : table(name, 2)) {
            out.put(row[0], row[1]);
        }
        return Map.copyOf(out);
    }

    /** The rows of a tab-separated list beside this class, each with {@code columns} fields. */
    public static List<String[]> table(String name, int columns) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : lines(name)) {
            String[] row = line.split("\t");
            if (row.length != columns) {
                throw new IllegalStateException(
                        "word list " + name + ": expected " + columns + " tab-separated fields in '" + line + "'");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
