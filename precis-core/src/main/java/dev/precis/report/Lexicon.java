package dev.precis.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the story report's rules rely on: titles and role nouns (which mark a
 * person and give their role), heads of organisation names, demonyms, speech verbs, calendar words.
 * Country names come from the JDK's ISO 3166 list, so places need no hand-made gazetteer.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Words of a title written before a person's name ("Russian Foreign Minister ..."). */
    static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice", "minister", "prime", "foreign", "defense", "defence", "interior", "finance",
            "secretary", "general", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "maj.", "capt.", "sgt.",
            "senator", "governor", "mayor", "ambassador", "chancellor", "king", "queen", "prince", "princess",
            "pope", "chairman", "chairwoman", "chair", "director", "chief", "deputy", "adviser", "advisor",
            "national", "security", "spokesman", "spokeswoman", "spokesperson", "commander", "judge", "justice",
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "rev.", "representative",
            "speaker", "leader", "premier", "attorney", "envoy", "officer", "ceo", "executive", "head",
            "state", "of", "first", "lady", "former", "acting", "new", "top", "senior", "u.n.", "un", "white", "house",
            "detective", "superintendent", "inspector", "constable", "sergeant", "assistant", "commissioner", "bishop",
            "archbishop", "rabbi", "imam", "sheikh", "professor", "prof.", "coach", "manager", "cardinal", "father",
            "engineer", "architect", "lawyer", "economist", "analyst", "author", "actor", "actress", "singer", "writer",
            "scientist", "researcher", "player", "doctor", "nurse", "pilot", "captain", "sheriff", "chef");

    /** Title words that on their own say the name after them is a person's. */
    static final Set<String> PERSON_TITLES = Set.of(
            "president", "minister", "secretary", "senator", "governor", "mayor", "ambassador", "chancellor",
            "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "spokesman", "spokeswoman",
            "spokesperson", "adviser", "advisor", "director", "commander", "judge", "premier", "envoy",
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "gen.", "sen.", "rep.", "gov.",
            "lt.", "col.", "maj.", "capt.", "sgt.", "leader", "counterpart", "officer", "ceo", "attorney",
            "detective", "superintendent", "inspector", "constable", "sergeant", "commissioner", "bishop",
            "archbishop", "rabbi", "imam", "sheikh", "professor", "prof.", "coach", "manager", "cardinal",
            "engineer", "architect", "lawyer", "economist", "analyst", "author", "actor", "actress", "singer", "writer",
            "scientist", "researcher", "player", "doctor", "nurse", "pilot", "captain", "sheriff", "chef");

    /** Lower-case nouns that introduce a person's name ("spokesman Dmitry Peskov", "his counterpart ..."). */
    static final Set<String> ROLE_NOUNS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "counterpart", "leader", "minister", "president",
            "official", "adviser", "advisor", "envoy", "producer", "correspondent", "reporter", "analyst",
            "commander", "chief", "director", "secretary", "ambassador", "negotiator", "lawyer", "professor");

    /** The last word of many organisation names. */
    static final Set<String> ORGANISATION_HEADS = Set.of(
            "department", "ministry", "council", "party", "agency", "front", "group", "house", "kremlin",
            "nations", "union", "assembly", "congress", "senate", "parliament", "committee", "commission",
            "court", "bank", "army", "forces", "force", "navy", "press", "news", "times", "post", "reuters",
            "organization", "organisation", "association", "institute", "university", "inc", "inc.", "corp",
            "corp.", "company", "co.", "fund", "office", "service", "network", "qaeda", "qaida", "taliban",
            "hezbollah", "hamas", "nato", "pentagon", "state", "brotherhood", "coalition", "guard", "police",
            "administration", "government", "regime", "cabinet", "board", "foundation", "federation", "league",
            "movement", "club", "team", "airlines", "corporation", "tribunal", "centre", "center", "bureau",
            "authority", "authorities", "airways", "church", "command", "industries", "systems");

    /** The last word of names of things that are none of person, organisation or place ("EgyptAir Flight 990"). */
    static final Set<String> OTHER_HEADS = Set.of(
            "flight", "war", "cup", "games", "olympics", "award", "prize", "act", "bill", "episode", "summit",
            "day", "treaty", "accord", "accords", "agreement", "festival", "storm", "hurricane", "syndrome", "disease",
            "virus", "program", "programme", "plan", "show", "series", "edition");

    /** Words after a name that say it is an organisation's ("EgyptAir officials", "Boeing spokesman"). */
    static final Set<String> ORGANISATION_FOLLOWERS = Set.of(
            "officials", "spokesman", "spokeswoman", "chairman", "executives", "employees", "shares", "headquarters",
            "engineers", "workers", "plant", "stock", "board", "management", "staff", "lawyers", "jet", "jets", "planes");

    /** Acronyms that are not names: time zones, clock marks. */
    static final Set<String> NOT_NAMES = Set.of("EDT", "EST", "GMT", "PST", "PDT", "CST", "CDT", "UTC", "BST", "AM", "PM",
            "OK", "TV", "CEO", "Arabic", "English", "North", "South", "East", "West");

    /** Demonym -> country display name; demonyms stay in roles ("Russian Foreign Minister"). */
    static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("american", "United States"), Map.entry("russian", "Russia"), Map.entry("syrian", "Syria"),
            Map.entry("chinese", "China"), Map.entry("british", "United Kingdom"), Map.entry("french", "France"),
            Map.entry("german", "Germany"), Map.entry("turkish", "Turkey"), Map.entry("iranian", "Iran"),
            Map.entry("iraqi", "Iraq"), Map.entry("israeli", "Israel"), Map.entry("palestinian", "Palestine"),
            Map.entry("japanese", "Japan"), Map.entry("indian", "India"), Map.entry("pakistani", "Pakistan"),
            Map.entry("afghan", "Afghanistan"), Map.entry("ukrainian", "Ukraine"), Map.entry("italian", "Italy"),
            Map.entry("spanish", "Spain"), Map.entry("canadian", "Canada"), Map.entry("mexican", "Mexico"),
            Map.entry("egyptian", "Egypt"), Map.entry("saudi", "Saudi Arabia"), Map.entry("korean", "South Korea"),
            Map.entry("lebanese", "Lebanon"), Map.entry("jordanian", "Jordan"), Map.entry("kurdish", "Kurdistan"),
            Map.entry("european", "Europe"), Map.entry("australian", "Australia"), Map.entry("brazilian", "Brazil"),
            Map.entry("nigerian", "Nigeria"), Map.entry("cuban", "Cuba"), Map.entry("polish", "Poland"),
            Map.entry("dutch", "Netherlands"), Map.entry("greek", "Greece"), Map.entry("swiss", "Switzerland"));

    /** Verbs that attribute speech; also their forms with auxiliaries are matched by the quote rules. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states",
            "declared", "explained", "noted", "insisted", "warned", "wrote", "writes", "recalled", "argued",
            "acknowledged", "announced", "continued", "replied", "responded", "saying", "claimed", "suggested");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    static final Map<String, Integer> MONTHS = months();
    static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Country name or common alias (lower case, dots removed) -> display name. */
    static final Map<String, String> COUNTRIES = countries();

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"};
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

    static String lower(String token) {
        return token.toLowerCase(Locale.ROOT);
    }

    /** Lower case with dots removed, so "U.S." and "US" are one key. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'').strip();
    }
}
