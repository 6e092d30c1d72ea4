package dev.precis.report.entity;

import static dev.precis.report.Lexicon.COUNTRIES;
import static dev.precis.report.Lexicon.key;
import static dev.precis.report.Lexicon.lower;
import static dev.precis.text.WordLists.DEMONYMS;
import static dev.precis.text.WordLists.HONORIFICS;
import static dev.precis.text.WordLists.ORGANISATION_FOLLOWERS;
import static dev.precis.text.WordLists.ORGANISATION_HEADS;
import static dev.precis.text.WordLists.PERSON_TITLES;
import static dev.precis.text.WordLists.ROLE_NOUNS;
import static dev.precis.text.WordLists.SPEECH_VERBS;
import static dev.precis.text.WordLists.TITLE_WORDS;

import dev.precis.model.Sentence;
import dev.precis.report.Lexicon;
import dev.precis.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in a sentence: runs of proper nouns as tagged by the part-of-speech model
 * (capitalised adjectives next to them included: "Islamic State", "White House"). A title written
 * before a name ("US Secretary of State John Kerry") is split off as the person's role; the words
 * around a name are kept as evidence of what it names. Not thread-safe: one finder per report.
 */
final class MentionFinder {
    static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "ad", "as");
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "near", "across", "outside", "inside", "off");
    private static final Set<String> PLACE_NOUNS =
            Set.of("city", "town", "village", "capital", "province", "region", "state");

    /**
     * "G20", "G7": a group of countries by its number (the tagger reads it as an adjective, a noun
     * or a number by turns). Other codes of capitals and digits name products and models ("S80",
     * "W32") and are left to the tagger.
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("G\\d{1,2}");

    /** A name and the acronym written in brackets right after it ("Islamic State (ISIS)"). */
    record Bracketed(NameKey name, NameKey acronym) {}

    /** Compass words: alone no name ("the South"), but the first word of one before a name. */
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west");

    /** Small words inside a name after its head word: "of", "for", "on". */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "for", "on");

    /** The words the story writes in lower case on their own: "backed" in "US-backed" is one. */
    private final java.util.Set<String> lowerCaseWords;

    private final List<Mention> mentions = new ArrayList<>();
    private final List<Bracketed> bracketed = new ArrayList<>();

    /** @param lowerCaseWords the words the story writes in lower case (a hyphenated name's syllables are not among them) */
    MentionFinder(java.util.Set<String> lowerCaseWords) {
        this.lowerCaseWords = lowerCaseWords;
    }

    /**
     * A lower-case part after a hyphen that belongs to a name: a short syllable the story never
     * writes on its own, after a short one that follows the family name ("Li Ka-shing", "Cheung
     * Tze-keung"; not "backed" of "US-backed", not "linked" of "al-Qaida-linked").
     */
    private boolean syllableOfAName(String t) {
        String bare = NameText.bare(t);
        return !bare.isEmpty()
                && bare.length() <= 5
                && Character.isLowerCase(bare.charAt(0))
                && bare.chars().allMatch(Character::isLetter)
                && !lowerCaseWords.contains(bare)
                && !dev.precis.text.StopWords.contains(bare);
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<Bracketed> bracketed() {
        return bracketed;
    }

    /** Adds the names of one sentence to {@link #mentions()}. */
    void find(Sentence s) {
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            boolean name = nameToken(s, i);
            int place = knownPlaceEnd(s, i);
            if (place <= i && !name) {
                place = headedRunEnd(s, i);
            }
            if (place > i) {
                addRun(s, i, place); // "the Western Hemisphere", "the Bronx": the tagger need not call them names
                i = place;
                continue;
            }
            if (!name) {
                i++;
                continue;
            }
            int j = i;
            boolean proper = false;
            while (j < n) {
                if (nameToken(s, j)) {
                    // "G20" names the group whatever its tag.
                    proper |= s.tag(j).equals("PROPN")
                            || CODE.matcher(token(s, j)).matches();
                    j++;
                    if (NameText.possessive(token(s, j - 1))) {
                        break; // "Russia's cyber intrusions": the name ends at the possessive
                    }
                } else if (token(s, j).equals("-")
                        && j > i
                        && PARTICLES.contains(lower(token(s, j - 1)))
                        && j + 1 < n
                        && nameToken(s, j + 1)) {
                    j++;
                } else if (token(s, j).equals("-")
                        && j > i + 1
                        && token(s, j - 1).length() <= 4
                        && j + 1 < n
                        && syllableOfAName(token(s, j + 1))) {
                    j += 2; // "Li Ka-shing", "Cheung Tze-keung": the given name goes on after the hyphen
                    if (NameText.possessive(token(s, j - 1))) {
                        break;
                    }
                } else if (CONNECTORS.contains(lower(token(s, j)))
                        && j > i
                        && j + 1 < n
                        && (TITLE_WORDS.contains(lower(token(s, j - 1)))
                                || ORGANISATION_HEADS.contains(lower(token(s, j - 1))))
                        && (nameToken(s, j + 1) || s.tag(j + 1).equals("NUM"))) {
                    // "Centers for Disease Control", "School of Public Health", "Commission on Crime
                    // Prevention": after an organisation's head word, the name goes on.
                    j++;
                } else if (s.tag(j).equals("NUM")
                        && j > i
                        && (lower(token(s, j - 1)).equals("of")
                                || s.tag(j - 1).equals("PROPN") && token(s, j).matches("\\d{2,4}"))) {
                    j++; // "Group of 20", "Flight 990"
                    if (!lower(token(s, j - 2)).equals("of")) {
                        break;
                    }
                    // "Group of 20": an organisation's head word and its number are a name, though
                    // the tagger reads "Group" as a common noun.
                    proper |= j - 3 >= i && ORGANISATION_HEADS.contains(lower(token(s, j - 3)));
                } else {
                    break;
                }
            }
            while (j > i && CONNECTORS.contains(lower(token(s, j - 1)))) {
                j--;
            }
            if (proper && j > i) {
                addRun(s, i, j);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * The end of a run of capitalised words inside a sentence that ends on an organisation's head
     * word ("adding Heritage High School to the list"), which the tagger may read as common nouns;
     * {@code i} when there is none.
     */
    private static int headedRunEnd(Sentence s, int i) {
        int n = s.tokens().size();
        if (i == 0 || capitalised(token(s, i - 1))) {
            return i; // a sentence's first word, or inside a run already seen
        }
        int j = i;
        while (j < Math.min(n, i + 5) && capitalised(token(s, j)) && !NameText.possessive(token(s, j))) {
            j++;
        }
        boolean headed = j - i >= 2 && ORGANISATION_HEADS.contains(lower(token(s, j - 1)));
        // "Department of Education": the name goes on after a small word; the name rules take it.
        boolean goesOn = j < n && (capitalised(token(s, j)) || CONNECTORS.contains(lower(token(s, j))));
        return headed && !goesOn ? j : i;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /**
     * The end of the longest run of capitalised words from {@code i} (four at most) that a known
     * place is written as ("Western Hemisphere", "Middle East"), or {@code i} when none is; a run
     * that goes on into a longer name ("New York Times", "Bronx Zoo") is left to the name rules.
     */
    private static int knownPlaceEnd(Sentence s, int i) {
        int n = s.tokens().size();
        if (ARTICLES.contains(lower(token(s, i)))) {
            return i; // "The United States" at a sentence's start is "United States"
        }
        int end = i;
        StringBuilder words = new StringBuilder();
        for (int j = i; j < Math.min(n, i + 4); j++) {
            String t = token(s, j);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                break;
            }
            words.append(j > i ? " " : "").append(t);
            if (Lexicon.knownPlace(Lexicon.key(words.toString())) != null) {
                end = j + 1;
            }
        }
        boolean goesOn = end > i
                && end < n
                && !token(s, end).isEmpty()
                && Character.isUpperCase(token(s, end).charAt(0));
        return goesOn ? i : end;
    }

    private static String token(Sentence s, int i) {
        return s.tokens().get(i);
    }

    private static boolean nameToken(Sentence s, int i) {
        String t = token(s, i);
        int n = s.tokens().size();
        // Names are written capitalised (or start with a digit: G20); particles are joined separately.
        if (t.isEmpty()
                || !(Character.isUpperCase(t.charAt(0))
                        || Character.isDigit(t.charAt(0))
                        || PARTICLES.contains(t) && i + 1 < n && token(s, i + 1).equals("-"))) {
            return false;
        }
        String l = lower(NameText.bare(t));
        if (DIRECTIONS.contains(l) && i + 1 < n && nameToken(s, i + 1)) {
            return true; // "South China Morning Post", "East African Standard", "North Caucasus"
        }
        if (Lexicon.WEEKDAYS.containsKey(l) || WordLists.NOT_NAMES.contains(NameText.bare(t))) {
            return false;
        }
        if (Lexicon.MONTHS.containsKey(l)) {
            // "Theresa May" is a name; "May 5", "in May" are dates.
            boolean afterName = i > 0 && s.tag(i - 1).equals("PROPN") && !TITLE_WORDS.contains(lower(token(s, i - 1)));
            boolean beforeNumber = i + 1 < n && s.tag(i + 1).equals("NUM");
            return afterName && !beforeNumber;
        }
        String tag = s.tag(i);
        if (tag.equals("PROPN") || CODE.matcher(t).matches()) {
            return true; // "G20"
        }
        if (ORGANISATION_HEADS.contains(l)
                && i + 2 < n
                && lower(token(s, i + 1)).equals("of")
                && s.tag(i + 2).equals("NUM")) {
            return true; // "Group of 20"
        }
        boolean between = i > 0
                && i + 1 < n
                && s.tag(i - 1).equals("PROPN")
                && s.tag(i + 1).equals("PROPN");
        if (between) {
            return true; // "President Bashar Assad", with "Bashar" mistagged as a verb
        }
        if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("X"))) {
            return false;
        }
        // A capitalised adjective or noun belongs to a name only next to a proper noun.
        boolean nextProper = i + 1 < n && s.tag(i + 1).equals("PROPN");
        boolean prevProper = i > 0 && s.tag(i - 1).equals("PROPN");
        return nextProper || prevProper;
    }

    private void addRun(Sentence s, int i, int j) {
        int len = j - i;
        int n = s.tokens().size();
        // "Hangzhou China": a place, then its country.
        if (len > 1
                && COUNTRIES.containsKey(key(token(s, j - 1)))
                && !COUNTRIES.containsKey(key(NameText.join(s, i, j)))
                && !TITLE_WORDS.contains(lower(token(s, j - 2)))
                && s.tag(j - 2).equals("PROPN")) {
            addRun(s, i, j - 1);
            addRun(s, j - 1, j);
            return;
        }
        // The role ends after the last person title that leaves a name behind it, with the words of a
        // title that follow ("US Secretary of State | John Kerry", "NTSB Chairman | Jim Hall").
        int p = 0;
        for (int k = len - 2; k >= 0; k--) {
            if (PERSON_TITLES.contains(lower(token(s, i + k)))) {
                p = k + 1;
                break;
            }
        }
        boolean titled = p > 0;
        while (titled
                && p < len - 1
                && TITLE_WORDS.contains(lower(token(s, i + p)))
                && !PERSON_TITLES.contains(lower(token(s, i + p)))
                && !(lower(token(s, i + p)).equals("of") && !TITLE_WORDS.contains(lower(token(s, i + p + 1))))) {
            p++;
        }
        if (!titled) {
            while (p < len - 1
                    && DEMONYMS.containsKey(lower(token(s, i + p)))
                    && !s.tag(i + p).equals("PROPN")) {
                p++;
            }
        }
        int start = i + p;
        if (allTitleWords(s, start, j) || lower(token(s, start)).equals("of")) {
            return; // a bare title, or an honorific such as "Prince of Wales"
        }
        if (j - start == 1 && DEMONYMS.containsKey(lower(NameText.bare(token(s, start))))) {
            return; // "French", "Russian": a language or a people, not a named entity
        }
        String role = titled ? NameText.join(s, withNationality(s, i), start) : roleBefore(s, i);
        if (role != null && Arrays.stream(role.split(" ")).allMatch(w -> HONORIFICS.contains(lower(w)))) {
            role = null; // "Mr.", "Sir": a form of address, not a role
        }
        Mention m = new Mention(s, NameText.join(s, start, j), role, NameText.nameKey(s, start, j));
        m.personCue = titled || role != null;
        m.speechCue = (j < n && SPEECH_VERBS.contains(lower(token(s, j))))
                || (start > 0 && SPEECH_VERBS.contains(lower(token(s, start - 1))));
        m.organisationCue =
                j < n && ORGANISATION_FOLLOWERS.contains(lower(token(s, j))) && !NameText.possessive(token(s, j - 1));
        m.placeCue = placeCue(s, i) || placeBefore(s, j);
        m.personCue |= ageAfter(s, j) || roleAfter(s, j);
        mentions.add(m);
        String acronym = bracketedAcronym(s, j);
        if (acronym != null) {
            bracketed.add(new Bracketed(m.key, new NameKey(acronym, false)));
        }
    }

    private static boolean allTitleWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(token(s, k));
            if (!TITLE_WORDS.contains(w) || ORGANISATION_HEADS.contains(w) && k == to - 1 && to - from > 1) {
                return false;
            }
        }
        return true;
    }

    /** "Russian Foreign Minister": the nationality written before a title is part of the role. */
    private static int withNationality(Sentence s, int i) {
        int from = i;
        while (from > 0
                && (DEMONYMS.containsKey(lower(token(s, from - 1))) || COUNTRIES.containsKey(key(token(s, from - 1))))
                && Character.isUpperCase(token(s, from - 1).charAt(0))) {
            from--;
        }
        return from;
    }

    /** "White House spokesman Ned Price": a role noun before the name, with its modifiers. */
    private static String roleBefore(Sentence s, int i) {
        int k = i - 1;
        if (k < 0 || !ROLE_NOUNS.contains(token(s, k)) || !s.tag(k).equals("NOUN")) {
            return null;
        }
        int from = k;
        while (from > 0
                && (Character.isUpperCase(token(s, from - 1).charAt(0))
                        || s.tag(from - 1).equals("ADJ"))
                && !s.tag(from - 1).equals("DET")
                && (from - 1 > 0 || s.tag(from - 1).equals("PROPN"))) {
            from--;
        }
        return NameText.join(s, from, k + 1);
    }

    /** "Edinboro, Pa.", "Westlake, Calif.": a name followed by a state or country is a place. */
    private static boolean placeBefore(Sentence s, int j) {
        return j + 1 < s.tokens().size()
                && token(s, j).equals(",")
                && knownPlaceEnd(s, j + 1) > j + 1
                && !NameText.possessive(token(s, j - 1));
    }

    /** "Eric Harris, 18, and Dylan Klebold, 17": an age after a name is a person's. */
    private static boolean ageAfter(Sentence s, int j) {
        int n = s.tokens().size();
        return j + 2 < n
                && token(s, j).equals(",")
                && token(s, j + 1).matches("\\d{1,2}")
                && (token(s, j + 2).equals(",") || token(s, j + 2).equals("."));
    }

    /** "Khattab, an Arab warlord": a role noun in the apposition after a name is a person's. */
    private static boolean roleAfter(Sentence s, int j) {
        int n = s.tokens().size();
        if (j + 2 >= n || !token(s, j).equals(",") || !ARTICLES.contains(lower(token(s, j + 1)))) {
            return false;
        }
        for (int k = j + 2; k < Math.min(n, j + 6); k++) {
            if (token(s, k).equals(",")) {
                return false;
            }
            if (ROLE_NOUNS.contains(lower(token(s, k)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    private static boolean placeCue(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        String before = lower(token(s, i - 1));
        if (PLACE_PREPOSITIONS.contains(before)) {
            return true;
        }
        return before.equals("of") && i >= 2 && PLACE_NOUNS.contains(lower(token(s, i - 2)));
    }

    /** "the Islamic State militant group (ISIS)": an acronym in brackets shortly after a name. */
    private static String bracketedAcronym(Sentence s, int j) {
        for (int k = j; k < Math.min(s.tokens().size() - 2, j + 4); k++) {
            if (token(s, k).equals("(") && token(s, k + 2).equals(")") && AliasRules.isAcronym(token(s, k + 1))) {
                return key(token(s, k + 1));
            }
        }
        return null;
    }
}
