package dev.precis.report;

import dev.precis.model.Entity;

import static dev.precis.report.Lexicon.COUNTRIES;
import static dev.precis.report.Lexicon.DEMONYMS;
import static dev.precis.report.Lexicon.ORGANISATION_FOLLOWERS;
import static dev.precis.report.Lexicon.ORGANISATION_HEADS;
import static dev.precis.report.Lexicon.OTHER_HEADS;
import static dev.precis.report.Lexicon.PERSON_TITLES;
import static dev.precis.report.Lexicon.ROLE_NOUNS;
import static dev.precis.report.Lexicon.SPEECH_VERBS;
import static dev.precis.report.Lexicon.TITLE_WORDS;
import static dev.precis.report.Lexicon.key;
import static dev.precis.report.Lexicon.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the people, organisations and places of a story and merges their spellings.
 *
 * <p>Names are runs of proper nouns as tagged by the OpenNLP part-of-speech model (capitalised
 * adjectives next to them included: "Islamic State", "White House"). A title written before a
 * name ("US Secretary of State John Kerry") is split off as the person's role. Mentions are then
 * merged, coreference-light: the same name without particles or dots (al-Assad/Assad, U.S./US), an
 * acronym and the name it abbreviates (IS/Islamic State, G20/Group of 20) or that it follows in
 * parentheses ("Islamic State militant group (ISIS)"), a surname and the one full name that ends with
 * it (Lavrov/Sergey Lavrov), first names one or two letters apart with the same surname
 * (Sergey/Sergei Lavrov), and countries with their common aliases (US/United States). The type
 * comes from evidence over all mentions: a country name, an organisation head word or acronym, a
 * person's title or a speech verb, a place preposition.
 */
final class EntityExtractor {
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "ad", "as");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "outside", "inside", "off");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "region", "state");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady");

    /** One name as written in one sentence. */
    static final class Mention {
        final TaggedSentence sentence;
        final int start;
        final int end;
        final String surface;
        final String role;
        final String key;
        boolean personCue;
        boolean speechCue;
        boolean placeCue;
        boolean organisationCue;

        Mention(TaggedSentence sentence, int start, int end, String surface, String role, String key) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.surface = surface;
            this.role = role;
            this.key = key;
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> parent = new HashMap<>();
    private final List<String[]> parentheticalAliases = new ArrayList<>();

    /** The entities of a story, most widely named first. */
    List<Entity> extract(List<TaggedSentence> sentences) {
        for (TaggedSentence s : sentences) {
            findNames(s);
        }
        for (Mention m : mentions) {
            find(m.key);
        }
        mergeAliases();
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(find(m.key), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Mention> group : groups.values()) {
            Entity.Type type = typeOf(group);
            if (type == null) {
                continue;
            }
            entities.add(entity(group, type));
        }
        entities.sort(Comparator.comparingInt((Entity e) -> e.documents().size()).reversed()
                .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                .thenComparing(Entity::name));
        return entities;
    }

    // ---- finding names ---------------------------------------------------------------------

    private void findNames(TaggedSentence s) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (!nameToken(s, i)) {
                i++;
                continue;
            }
            int j = i;
            boolean proper = false;
            while (j < n) {
                if (nameToken(s, j)) {
                    proper |= s.tag(j).equals("PROPN");
                    j++;
                    if (possessive(s.token(j - 1))) {
                        break; // "Russia's cyber intrusions": the name ends at the possessive
                    }
                } else if (s.token(j).equals("-") && j > i && PARTICLES.contains(lower(s.token(j - 1)))
                        && j + 1 < n && nameToken(s, j + 1)) {
                    j++;
                } else if (lower(s.token(j)).equals("of") && j > i && j + 1 < n
                        && (TITLE_WORDS.contains(lower(s.token(j - 1))) || ORGANISATION_HEADS.contains(lower(s.token(j - 1))))
                        && (s.tag(j + 1).equals("PROPN") || s.tag(j + 1).equals("NUM"))) {
                    j++;
                } else if (s.tag(j).equals("NUM") && j > i && (lower(s.token(j - 1)).equals("of")
                        || s.tag(j - 1).equals("PROPN") && s.token(j).matches("\\d{2,4}"))) {
                    j++; // "Group of 20", "Flight 990"
                    if (!lower(s.token(j - 2)).equals("of")) {
                        break;
                    }
                } else {
                    break;
                }
            }
            while (j > i && lower(s.token(j - 1)).equals("of")) {
                j--;
            }
            if (proper && j > i) {
                addRun(s, i, j);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean possessive(String token) {
        return token.endsWith("'s") || token.endsWith("\u2019s");
    }

    private static boolean nameToken(TaggedSentence s, int i) {
        String t = s.token(i);
        // Names are written capitalised (or start with a digit: G20); particles are joined separately.
        if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                || PARTICLES.contains(t) && i + 1 < s.size() && s.token(i + 1).equals("-"))) {
            return false;
        }
        String l = lower(bare(t));
        if (Lexicon.WEEKDAYS.containsKey(l) || Lexicon.NOT_NAMES.contains(bare(t))) {
            return false;
        }
        if (Lexicon.MONTHS.containsKey(l)) {
            // "Theresa May" is a name; "May 5", "in May" are dates.
            boolean afterName = i > 0 && s.tag(i - 1).equals("PROPN") && !TITLE_WORDS.contains(lower(s.token(i - 1)));
            boolean beforeNumber = i + 1 < s.size() && s.tag(i + 1).equals("NUM");
            return afterName && !beforeNumber;
        }
        String tag = s.tag(i);
        if (tag.equals("PROPN")) {
            return true;
        }
        boolean between = i > 0 && i + 1 < s.size() && s.tag(i - 1).equals("PROPN") && s.tag(i + 1).equals("PROPN");
        if (between) {
            return true; // "President Bashar Assad", with "Bashar" mistagged as a verb
        }
        if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("X"))) {
            return false;
        }
        // A capitalised adjective or noun belongs to a name only next to a proper noun.
        boolean nextProper = i + 1 < s.size() && s.tag(i + 1).equals("PROPN");
        boolean prevProper = i > 0 && s.tag(i - 1).equals("PROPN");
        return nextProper || (prevProper && i > 0);
    }

    private void addRun(TaggedSentence s, int i, int j) {
        int len = j - i;
        // "Hangzhou China": a place, then its country.
        if (len > 1 && COUNTRIES.containsKey(key(s.token(j - 1))) && !COUNTRIES.containsKey(key(join(s, i, j)))
                && !TITLE_WORDS.contains(lower(s.token(j - 2))) && s.tag(j - 2).equals("PROPN")) {
            addRun(s, i, j - 1);
            addRun(s, j - 1, j);
            return;
        }
        // The role ends after the last person title that leaves a name behind it, with the words of a
        // title that follow ("US Secretary of State | John Kerry", "NTSB Chairman | Jim Hall").
        int p = 0;
        for (int k = len - 2; k >= 0; k--) {
            if (PERSON_TITLES.contains(lower(s.token(i + k)))) {
                p = k + 1;
                break;
            }
        }
        boolean titled = p > 0;
        while (titled && p < len - 1 && TITLE_WORDS.contains(lower(s.token(i + p))) && !PERSON_TITLES.contains(lower(s.token(i + p)))
                && !(lower(s.token(i + p)).equals("of") && !TITLE_WORDS.contains(lower(s.token(i + p + 1))))) {
            p++;
        }
        if (!titled) {
            while (p < len - 1 && DEMONYMS.containsKey(lower(s.token(i + p))) && !s.tag(i + p).equals("PROPN")) {
                p++;
            }
        }
        int start = i + p;
        if (allTitleWords(s, start, j) || lower(s.token(start)).equals("of")) {
            return; // a bare title, or an honorific such as "Prince of Wales"
        }
        if (j - start == 1 && DEMONYMS.containsKey(lower(bare(s.token(start))))) {
            return; // "French", "Russian": a language or a people, not a named entity
        }
        String role = titled ? join(s, withNationality(s, i), start) : roleBefore(s, i);
        if (role != null && java.util.Arrays.stream(role.split(" ")).allMatch(w -> HONORIFICS.contains(lower(w)))) {
            role = null; // "Mr.", "Sir": a form of address, not a role
        }
        String surface = join(s, start, j);
        Mention m = new Mention(s, start, j, surface, role, nameKey(s, start, j));
        m.personCue = titled || role != null;
        m.speechCue = (j < s.size() && SPEECH_VERBS.contains(lower(s.token(j))))
                || (start > 0 && SPEECH_VERBS.contains(lower(s.token(start - 1))));
        m.organisationCue = j < s.size() && ORGANISATION_FOLLOWERS.contains(lower(s.token(j))) && !possessive(s.token(j - 1));
        m.placeCue = placeCue(s, i);
        mentions.add(m);
        String acronym = parentheticalAcronym(s, j);
        if (acronym != null) {
            parentheticalAliases.add(new String[] {m.key, acronym});
        }
    }

    private static boolean allTitleWords(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(s.token(k));
            if (!TITLE_WORDS.contains(w) || ORGANISATION_HEADS.contains(w) && k == to - 1 && to - from > 1) {
                return false;
            }
        }
        return true;
    }

    /** "Russian Foreign Minister": the nationality written before a title is part of the role. */
    private static int withNationality(TaggedSentence s, int i) {
        int from = i;
        while (from > 0 && (DEMONYMS.containsKey(lower(s.token(from - 1))) || COUNTRIES.containsKey(key(s.token(from - 1))))
                && Character.isUpperCase(s.token(from - 1).charAt(0))) {
            from--;
        }
        return from;
    }

    /** "White House spokesman Ned Price": a role noun before the name, with its modifiers. */
    private static String roleBefore(TaggedSentence s, int i) {
        int k = i - 1;
        if (k < 0 || !ROLE_NOUNS.contains(s.token(k)) || !s.tag(k).equals("NOUN")) {
            return null;
        }
        int from = k;
        while (from > 0 && (Character.isUpperCase(s.token(from - 1).charAt(0)) || s.tag(from - 1).equals("ADJ"))
                && !s.tag(from - 1).equals("DET") && (from - 1 > 0 || s.tag(from - 1).equals("PROPN"))) {
            from--;
        }
        return join(s, from, k + 1);
    }

    private static boolean placeCue(TaggedSentence s, int i) {
        if (i == 0) {
            return false;
        }
        String before = lower(s.token(i - 1));
        if (PLACE_PREPOSITIONS.contains(before)) {
            return true;
        }
        return before.equals("of") && i >= 2 && PLACE_NOUNS.contains(lower(s.token(i - 2)));
    }

    /** "the Islamic State militant group (ISIS)": an acronym in brackets shortly after a name. */
    private static String parentheticalAcronym(TaggedSentence s, int j) {
        for (int k = j; k < Math.min(s.size() - 2, j + 4); k++) {
            if (s.token(k).equals("(") && s.token(k + 2).equals(")") && isAcronym(s.token(k + 1))) {
                return key(s.token(k + 1));
            }
        }
        return null;
    }

    static boolean isAcronym(String token) {
        String t = token.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isUpperCase(t.charAt(0));
    }

    private static String join(TaggedSentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            String t = k == to - 1 ? bare(s.token(k)) : s.token(k);
            boolean glue = t.equals("-") || (k > from && s.token(k - 1).equals("-"));
            if (sb.length() > 0 && !glue) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** The token without a possessive or a sentence's full stop ("Assad's", "Lavrov."); "U.S." keeps its dots. */
    private static String bare(String token) {
        String t = possessive(token) ? token.substring(0, token.length() - 2) : token;
        if (t.endsWith(".") && t.indexOf('.') == t.length() - 1 && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Lower case, no dots, no Arabic article particles; a country by its ISO name. */
    private static String nameKey(TaggedSentence s, int from, int to) {
        String whole = key(join(s, from, to));
        if (whole.startsWith("the ")) {
            whole = whole.substring(4);
        }
        String country = COUNTRIES.get(whole);
        if (country != null) {
            return "country:" + lower(country);
        }
        List<String> parts = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String t = key(k == to - 1 ? bare(s.token(k)) : s.token(k));
            if (t.equals("-") || PARTICLES.contains(t) && k + 1 < to) {
                continue;
            }
            if (t.length() == 1 && k > from && k + 1 < to && Character.isUpperCase(s.token(k).charAt(0))) {
                continue; // a middle initial: Louis J. Freeh = Louis Freeh
            }
            parts.add(t);
        }
        return String.join(" ", parts);
    }

    // ---- merging ---------------------------------------------------------------------------

    private String find(String k) {
        String p = parent.computeIfAbsent(k, x -> x);
        if (p.equals(k)) {
            return k;
        }
        String root = find(p);
        parent.put(k, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private void mergeAliases() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> surfaceOf = new HashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.key, 1, Integer::sum);
            surfaceOf.putIfAbsent(m.key, m.surface);
        }
        for (String[] alias : parentheticalAliases) {
            if (counts.containsKey(alias[1])) {
                union(alias[0], alias[1]);
            }
        }
        List<String> keys = new ArrayList<>(new TreeSet<>(counts.keySet()));
        List<String> multi = keys.stream().filter(k -> k.contains(" ") && !k.startsWith("country:")).toList();
        List<String> single = keys.stream().filter(k -> !k.contains(" ") && !k.startsWith("country:")).toList();
        // Acronyms: IS = Islamic State, G20 = Group of 20, US = United States (a country key).
        for (String a : single) {
            if (!isAcronym(surfaceOf.get(a))) {
                continue;
            }
            Set<String> targets = new TreeSet<>();
            for (String k : keys) {
                if (k.contains(" ") || k.startsWith("country:")) {
                    String words = k.startsWith("country:") ? k.substring("country:".length()) : k;
                    if (words.contains(" ") && initials(words).equals(a)) {
                        targets.add(find(k));
                    }
                }
            }
            if (targets.size() == 1) {
                union(a, targets.iterator().next());
            }
        }
        // First names a letter or two apart with the same surname: Sergey/Sergei Lavrov.
        for (int x = 0; x < multi.size(); x++) {
            for (int y = x + 1; y < multi.size(); y++) {
                if (spellingVariants(multi.get(x), multi.get(y))) {
                    union(multi.get(x), multi.get(y));
                }
            }
        }
        // A surname alone joins the one full name that ends with it, when that full name is written
        // in enough of the documents: "Obama" in one report, "Barack Obama" in four others; but not
        // "Clinton" in five reports to a "George Clinton" named once.
        Map<String, Set<Integer>> docsOf = new HashMap<>();
        for (Mention m : mentions) {
            docsOf.computeIfAbsent(m.key, k -> new TreeSet<>()).add(m.sentence.doc());
        }
        for (String s : single) {
            if (isAcronym(surfaceOf.get(s))) {
                continue;
            }
            Map<String, Set<Integer>> targets = new HashMap<>();
            for (String k : multi) {
                if (k.endsWith(" " + s)) {
                    targets.computeIfAbsent(find(k), x -> new TreeSet<>()).addAll(docsOf.get(k));
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            // Several full names end with it (Jim Hall, James E. Hall): it joins one that dominates.
            String best = null;
            int bestDocs = 0;
            int otherDocs = 0;
            for (Map.Entry<String, Set<Integer>> t : targets.entrySet()) {
                int n = t.getValue().size();
                if (n > bestDocs) {
                    otherDocs += bestDocs;
                    best = t.getKey();
                    bestDocs = n;
                } else {
                    otherDocs += n;
                }
            }
            Set<Integer> aloneDocs = new TreeSet<>(docsOf.get(s));
            aloneDocs.removeAll(targets.get(best));
            if (bestDocs >= 2 * otherDocs && bestDocs >= 0.5 * aloneDocs.size()) {
                union(s, best);
            }
        }
        // One-word names one letter apart: al-Qaeda/al-Qaida.
        for (int x = 0; x < single.size(); x++) {
            for (int y = x + 1; y < single.size(); y++) {
                String a = single.get(x);
                String b = single.get(y);
                if (a.length() >= 5 && a.charAt(0) == b.charAt(0) && vowelVariant(a, b)) {
                    union(a, b);
                }
            }
        }
    }

    /**
     * Same letters but one vowel of a vowel pair: transliterations such as Qaeda/Qaida or
     * Hussein/Hussain (not Florida/Florita, not Hunan/Henan).
     */
    private static boolean vowelVariant(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                boolean inPair = i > 0 && isVowel(a.charAt(i - 1)) || i + 1 < a.length() && isVowel(a.charAt(i + 1));
                if (!isVowel(a.charAt(i)) || !isVowel(b.charAt(i)) || !inPair) {
                    return false;
                }
                differences++;
            }
        }
        return differences == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String initials(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty() || MINOR_WORDS.contains(w)) {
                continue;
            }
            sb.append(Character.isDigit(w.charAt(0)) ? w : w.substring(0, 1));
        }
        return sb.toString();
    }

    private static boolean spellingVariants(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || x.length < 2 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        for (int i = 0; i < x.length - 1; i++) {
            if (!x[i].equals(y[i]) && (x[i].length() < 4 || x[i].charAt(0) != y[i].charAt(0) || editDistance(x[i], y[i]) > 2)) {
                return false;
            }
        }
        return true;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---- typing and naming -----------------------------------------------------------------

    private static Entity.Type typeOf(List<Mention> group) {
        boolean person = false;
        boolean speaker = false;
        boolean place = false;
        boolean organisation = false;
        boolean camelCase = false; // weak evidence of an organisation: "EgyptAir", "Boeing officials"
        boolean other = false;
        boolean fullName = false;
        boolean spelledOut = group.stream().anyMatch(m -> !isAcronym(m.surface));
        for (Mention m : group) {
            if (m.key.startsWith("country:")) {
                return Entity.Type.PLACE;
            }
            String[] words = m.surface.split(" ");
            String last = lower(words[words.length - 1].replaceAll("^(?i)al-", ""));
            if (last.matches("\\d+") && words.length > 1) {
                last = lower(words[words.length - 2]);
            }
            other |= OTHER_HEADS.contains(last);
            // An acronym is an organisation's unless its spelled-out name says otherwise (N.Y. = New York).
            boolean headWord = ORGANISATION_HEADS.contains(last)
                    || words.length > 2 && java.util.Arrays.stream(words).anyMatch(w -> ORGANISATION_HEADS.contains(lower(w))); // Bureau of Investigation
            organisation |= headWord || isAcronym(m.surface) && !spelledOut
                    || m.surface.matches("[^ ]*\\d[^ ]*");
            camelCase |= m.organisationCue;
            camelCase |= words.length == 1 && m.surface.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*") && !m.surface.matches("(Mc|Mac).*"); // EgyptAir
            person |= m.personCue;
            speaker |= m.speechCue;
            place |= m.placeCue;
            fullName |= words.length >= 2;
        }
        if (other) {
            return null; // a flight, a war, a summit: not one of the three kinds
        }
        if (organisation) {
            return Entity.Type.ORGANISATION;
        }
        if (person) {
            return Entity.Type.PERSON;
        }
        if (camelCase) {
            return Entity.Type.ORGANISATION;
        }
        // Speaking marks a person only with a full name: organisations "say" things too.
        if (speaker && fullName) {
            return Entity.Type.PERSON;
        }
        if (place) {
            return Entity.Type.PLACE;
        }
        return null; // no evidence of what it is ("Cold War"): left out rather than guessed
    }

    private static Entity entity(List<Mention> group, Entity.Type type) {
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, String> roleSpelling = new HashMap<>();
        Set<Integer> docs = new TreeSet<>();
        String country = null;
        for (Mention m : group) {
            surfaces.merge(m.surface, 1, Integer::sum);
            if (m.role != null) {
                roles.merge(key(m.role), 1, Integer::sum); // "U.S. President" and "US President" are one role
                roleSpelling.putIfAbsent(key(m.role), m.role);
            }
            docs.add(m.sentence.doc());
            if (m.key.startsWith("country:")) {
                country = COUNTRIES.get(key(m.surface));
            }
        }
        String name = country != null ? country : surfaces.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().contains(" ") ? 1 : 0)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .orElseThrow().getKey();
        String role = type != Entity.Type.PERSON ? null : roles.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length()))
                .map(e -> roleSpelling.get(e.getKey())).orElse(null);
        Set<String> aliases = new TreeSet<>(surfaces.keySet());
        aliases.add(name);
        return new Entity(name, type, role, new ArrayList<>(aliases), new ArrayList<>(docs), group.size());
    }
}
