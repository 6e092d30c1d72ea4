package dev.precis.report;

import dev.precis.model.Corpus;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Sentence;
import dev.precis.text.Quantities;
import dev.precis.text.Quantity;
import dev.precis.text.Terms;
import dev.precis.text.WordCount;
import dev.precis.text.WordLists;
import dev.precis.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds amounts that several sources state about the same quantity and reports those they state
 * differently. Two amounts count one quantity when they count the same kind of unit, their
 * sentences speak of the same kind of event around the number (killing, flight, injury, arrest,
 * illness, a meeting's length) and of the same incident: a toll needs one word of its incident in
 * common ("bomb blasts in Russia", "bombings in Moscow"), anything else two ("met ... on the
 * sidelines of the Group of 20" / "conversed on the sidelines of the Group of 20"), a share three.
 * They are apart when near different places or organisations, of different years, of different
 * magnitude, one a rate ("a year") and one a toll, one a part of a breakdown ("six in New York City
 * and one in Westchester") and one a whole, or counted at different moments (a later, higher figure
 * is a toll that rose; articles a month apart tell of different days' events).
 */
final class DisagreementFinder {
    /** Content terms within this many tokens of the amount describe what it counts. */
    private static final int WINDOW = 8;
    /** Without a decisive event (a death toll), two amounts need this many other words in common. */
    private static final int MIN_SHARED_CONTEXT = 2;
    /** Figures for one thing that sources give stay within this factor of each other. */
    private static final double MAX_RATIO = 3;
    /** Articles this many days apart tell a running count at different moments. */
    private static final int MOMENT_DAYS = 1;
    /** Articles this many days apart tell of different incidents when they count what is current. */
    private static final int OTHER_EVENTS_DAYS = 30;

    private static final Map<String, String> EVENTS = events();
    private static final Set<String> DECISIVE_EVENTS = Set.of("death", "flight", "injury", "arrest", "illness");
    private static final Map<String, String> ABOUT = Map.of(
            "death",
            "death toll",
            "flight",
            "people displaced",
            "injury",
            "people injured",
            "arrest",
            "people arrested",
            "illness",
            "people taken ill",
            "meeting",
            "length of the meeting");

    private static final Terms TERMS = new Terms();

    /** Words around a figure (stems) that say nothing of which incident it counts. */
    private static final Set<String> GENERIC_CONTEXT =
            Set.of("peopl", "other", "person", "said", "report", "least", "terrorist", "year", "last");

    /** Words that count people alike: "300,000 people dead" and "300,000 dead" count the same. */
    private static final Set<String> GENERIC_PEOPLE =
            Set.of("people", "persons", "person", "dead", "deaths", "lives", "casualties", "victims");

    /** An amount in one sentence of one document, with what is around it: words, event, places. */
    private record Claim(
            Quantity quantity,
            Sentence sentence,
            Set<String> context,
            Set<String> events,
            Set<String> places,
            Set<String> organisations,
            Integer pastYear,
            java.time.LocalDate published,
            boolean rate,
            boolean part) {}

    /** Place names (lower case) of the story: amounts near different places count different things. */
    private final Set<String> places = new HashSet<>();

    /**
     * Words of the story's organisation names (lower case): "all 223 people" near "Lauda Air" and
     * "217 people" near "EgyptAir" count the dead of two different crashes.
     */
    private final Set<String> organisations = new HashSet<>();

    DisagreementFinder(List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() == Entity.Type.PLACE) {
                e.aliases().forEach(a -> places.add(a.toLowerCase(java.util.Locale.ROOT)));
            }
            if (e.type() == Entity.Type.ORGANISATION) {
                for (String alias : e.aliases()) {
                    for (String w : alias.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                        if (w.length() >= 3 && !dev.precis.text.StopWords.contains(w)) {
                            organisations.add(w);
                        }
                    }
                }
            }
        }
    }

    List<Disagreement> find(Corpus corpus) {
        List<List<Claim>> groups = group(claims(corpus));
        List<Disagreement> out = new ArrayList<>();
        for (List<Claim> g : groups) {
            Disagreement d = disagreement(g);
            if (d != null) {
                out.add(d);
            }
        }
        // Contradictions first; estimates that vary after them.
        out.sort(java.util.Comparator.comparing(Disagreement::estimatesVary));
        return out;
    }

    private List<Claim> claims(Corpus corpus) {
        // An organisation's word that the story also writes in lower case ("malaria" of Roll Back
        // Malaria, "health") says nothing of which organisation a figure is near.
        for (Sentence s : corpus.sentences()) {
            for (String t : s.tokens()) {
                if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    organisations.remove(t);
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : corpus.sentences()) {
            List<Quantity> found = Quantities.find(s.text());
            Integer pastYear = found.isEmpty() ? null : pastYear(s, corpus);
            for (Quantity q : found) {
                claims.add(claim(q, s, pastYear, corpus));
            }
        }
        return claims;
    }

    /**
     * Two different figures of two articles that look comparable: amounts of one unit and
     * magnitude next to words of the same kind of event (a death toll, a flight, a meeting's length).
     *
     * @param reported whether {@link #find} reports them as two versions of one disagreement
     */
    record FigurePair(Sentence first, String firstFigure, Sentence second, String secondFigure, boolean reported) {}

    /**
     * Every comparable pair of figures, reported or not: what a gold set of disagreements labels,
     * so that precision and recall can be measured over the same candidates.
     */
    List<FigurePair> pairs(Corpus corpus) {
        List<Claim> claims = claims(corpus);
        Map<Claim, Integer> groupOf = new java.util.IdentityHashMap<>();
        List<List<Claim>> groups = group(claims);
        for (int g = 0; g < groups.size(); g++) {
            if (disagreement(groups.get(g)) != null) {
                for (Claim c : groups.get(g)) {
                    groupOf.put(c, g);
                }
            }
        }
        List<FigurePair> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (comparable(a, b)) {
                    Integer g = groupOf.get(a);
                    boolean reported = g != null && g.equals(groupOf.get(b));
                    out.add(new FigurePair(
                            a.sentence(),
                            a.quantity().phrase(),
                            b.sentence(),
                            b.quantity().phrase(),
                            reported));
                }
            }
        }
        return out;
    }

    private static boolean comparable(Claim a, Claim b) {
        if (a.sentence().doc() == b.sentence().doc()
                || !a.quantity().unit().equals(b.quantity().unit())
                || a.quantity().sameAs(b.quantity())
                || !sameMagnitude(a.quantity(), b.quantity())) {
            return false;
        }
        return !a.events().isEmpty() && a.events().equals(b.events());
    }

    /**
     * The year before its article's of an earlier event the sentence tells of: its own year ("in
     * 1991"), or, for a sentence that opens on a reference ("The Lauda Air crash killed all 223
     * people"), the year of the sentence before it ("another 767 crashed in Thailand in 1991").
     * Null when it tells of none: then it is about the story's own time.
     */
    private static Integer pastYear(Sentence s, Corpus corpus) {
        java.time.LocalDate published = corpus.document(s.doc()).published();
        Integer year = yearOf(s.text());
        if (year == null && s.index() > 0 && REFERENCE_OPENING.matcher(s.text()).lookingAt()) {
            year = yearOf(corpus.documents()
                    .get(s.doc())
                    .sentences()
                    .get(s.index() - 1)
                    .text());
        }
        if (year == null && published != null && LAST_YEAR.matcher(s.text()).find()) {
            year = published.getYear() - 1;
        }
        return year != null && published != null && year < published.getYear() ? year : null;
    }

    private static Integer yearOf(String sentence) {
        TimeExpressions.Found f = ABSOLUTE.best(sentence);
        return f == null || f.date() == null ? null : f.date().getYear();
    }

    /** Absolute dates and years need no publication date. */
    private static final TimeExpressions ABSOLUTE = new TimeExpressions(null, "");

    /** Just after an amount: a rate ("kills a million people a year", "die of AIDS every day"). */
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(
            "(?:\\s+[\\w-]+){0,6}?\\s+(?:a|per|each|every)\\s+(?:year|day|week|month)\\b|(?:\\s+[\\w-]+){0,6}?\\s+(?:annually|everyday|daily|yearly)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Just after an amount: one part of a breakdown by place ("killed six people in New York City and
     * one in Westchester") or a place's share ("a million people annually in Africa alone"), not the
     * whole.
     */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "\\s+(?:in|at)\\s+\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*)*,?\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,]*)\\s+(?:in|at)\\s+\\p{Lu}"
                    + "|(?:\\s+[\\w-]+){0,3}?\\s+in\\s+\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*)*\\s+alone\\b");

    /** "last year", "last summer", "a year ago": the year before the article's. */
    private static final java.util.regex.Pattern LAST_YEAR = java.util.regex.Pattern.compile(
            "\\b(?:last (?:year|summer|fall|autumn|winter|spring)|a year ago)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern REFERENCE_OPENING =
            java.util.regex.Pattern.compile("(?:The|That|This|It)\\b");

    private Claim claim(Quantity q, Sentence s, Integer pastYear, Corpus corpus) {
        // The amount's word position: count the words before its character offset.
        String before = s.text().substring(0, q.start());
        int position = WordCount.of(before);
        int words = WordCount.of(q.phrase());
        String[] all = s.text().split("\\s+");
        String after = s.text()
                .substring(Math.min(s.text().length(), q.start() + q.phrase().length()));
        boolean rate = RATE.matcher(after).lookingAt();
        // A rate's subject is what it counts ("Malaria ... kills about a million people a year"),
        // however far from the figure: the whole sentence describes it.
        int from = rate ? 0 : Math.max(0, position - WINDOW);
        int to = rate ? all.length : Math.min(all.length, position + words + WINDOW);
        Set<String> context = new HashSet<>();
        Set<String> near = new HashSet<>();
        Set<String> nearOrganisations = new HashSet<>();
        String nearestEvent = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (i >= position && i < position + words) {
                continue;
            }
            String w = Words.bare(all[i]);
            // Places and organisations only near the figure, a rate's too: "Malaria, which is reaching
            // epidemic proportions in Africa and parts of Asia, ... kills about a million people a year".
            boolean nearFigure = i >= position - WINDOW && i < position + words + WINDOW;
            if (nearFigure && places.contains(w)) {
                near.add(w);
            }
            if (nearFigure && organisations.contains(w)) {
                nearOrganisations.add(w);
            }
            if (w.length() < 3 || dev.precis.text.StopWords.contains(w)) {
                continue;
            }
            // Stems, so "bombings" and "bomb blasts" share "bomb"; a country or its people is no
            // incident ("Kenya's coast", "Kenya's North Eastern Province").
            if (!dev.precis.report.Lexicon.COUNTRIES.containsKey(w) && !WordLists.DEMONYMS.containsKey(w)) {
                String stem = TERMS.stem(w);
                context.add(stem == null ? w : stem);
            }
            int distance = i < position ? position - i : i - (position + words - 1);
            String event = eventOf(w);
            if (event != null && distance < nearestDistance) {
                nearestEvent = event;
                nearestDistance = distance;
            }
        }
        // The nearest event word says what the amount counts: "killed as many as a half-million
        // people ... and caused millions to flee" counts deaths, not flight.
        // What the figure names counts first: "five confirmed deaths and several dozen cases" are deaths.
        String named = eventOf(q.noun());
        if (named != null) {
            nearestEvent = named;
        }
        Set<String> events = nearestEvent == null ? Set.of() : Set.of(nearestEvent);
        return new Claim(
                q,
                s,
                context,
                events,
                near,
                nearOrganisations,
                pastYear,
                corpus.document(s.doc()).published(),
                rate,
                PART.matcher(after).lookingAt());
    }

    /**
     * A claim joins a group when it is about the same thing as one member and is not {@link #apart}
     * from any, so "11 people" in Dar es Salaam and "247 people" in Nairobi do not meet through a
     * third sentence that names neither place.
     */
    private static List<List<Claim>> group(List<Claim> claims) {
        return Grouping.firstFit(
                claims,
                (g, c) ->
                        g.stream().anyMatch(o -> sameThing(o, c)) && g.stream().noneMatch(o -> apart(o, c)));
    }

    /**
     * Amounts that cannot be one quantity: near different places, of events of different years, in one sentence ("247 in Nairobi
     * and 11 in Dar es Salaam"), of different magnitude, or different figures in one article (an
     * article keeps to one figure for one thing).
     */
    private static boolean apart(Claim a, Claim b) {
        return differentPlaces(a, b)
                || !java.util.Objects.equals(a.pastYear(), b.pastYear()) // the 1991 crash's dead are not this one's
                || a.sentence() == b.sentence()
                || !sameMagnitude(a.quantity(), b.quantity())
                || a.sentence().doc() == b.sentence().doc() && !a.quantity().sameAs(b.quantity())
                || differentMoments(a, b);
    }

    /**
     * Counts of the story's own time from articles a week or more apart, the later one higher, count
     * at different moments: "has killed five people" in September and "seven people died" in the
     * next weeks are a toll that rose, not two reports that disagree. Articles a month apart that
     * give figures of their own time tell of different days' events (a raid's dead in September,
     * another's in November). Rates ("a year") do not change so.
     */
    private static boolean differentMoments(Claim a, Claim b) {
        if (a.pastYear() != null
                || b.pastYear() != null
                || a.quantity().unit().equals("percent") // a share ("90 percent of cases are in Africa") holds
                || a.rate()
                || b.rate()
                || a.published() == null
                || b.published() == null) {
            return false;
        }
        long days = Math.abs(a.published().toEpochDay() - b.published().toEpochDay());
        if (days < MOMENT_DAYS) {
            return false;
        }
        Claim earlier = a.published().isBefore(b.published()) ? a : b;
        Claim later = earlier == a ? b : a;
        return days >= OTHER_EVENTS_DAYS
                || earlier.quantity().typical() < later.quantity().typical(); // it grew
    }

    /**
     * Reports of one figure differ, but not tenfold: 11 and 247 dead are two different tolls, and so
     * are "about 300" and "at least 31" (an open bound is no licence to match anything).
     */
    private static boolean sameMagnitude(Quantity a, Quantity b) {
        double x = a.typical();
        double y = b.typical();
        return x > 0 && y > 0 && Math.max(x, y) <= MAX_RATIO * Math.min(x, y);
    }

    /** Near different places, or near different organisations (two airlines, two crashes). */
    private static boolean differentPlaces(Claim a, Claim b) {
        return placesApart(a.places(), b.places()) || disjoint(a.organisations(), b.organisations());
    }

    /**
     * Places that cannot hold one event: two countries ("Kenya", "Tanzania") or two places below
     * countries ("Mombasa", "Fafi") with none in common. A country and a city may be one place
     * ("bomb blasts in Russia", "bombings in Moscow").
     */
    private static boolean placesApart(Set<String> a, Set<String> b) {
        java.util.function.Predicate<String> country = dev.precis.report.Lexicon.COUNTRIES::containsKey;
        Set<String> aCountries = new HashSet<>(a), bCountries = new HashSet<>(b);
        aCountries.removeIf(country.negate());
        bCountries.removeIf(country.negate());
        Set<String> aBelow = new HashSet<>(a), bBelow = new HashSet<>(b);
        aBelow.removeIf(country);
        bBelow.removeIf(country);
        return disjoint(aCountries, bCountries) || disjoint(aBelow, bBelow);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    private static boolean sameThing(Claim a, Claim b) {
        if (!a.quantity().unit().equals(b.quantity().unit()) || a.sentence() == b.sentence()) {
            return false;
        }
        if (differentPlaces(a, b)) {
            return false; // "11 people in Dar es Salaam", "247 people in Nairobi"
        }
        if (a.rate() != b.rate() || a.part() != b.part()) {
            return false; // "kills a million a year" is no toll; "six in New York City and one in ..." a part of one
        }
        if (a.quantity().unit().equals("people")
                && !countedAlike(a.quantity().noun(), b.quantity().noun())) {
            return false; // "12 Americans" are part of "247 people", not another figure for them
        }
        Set<String> sharedEvents = new HashSet<>(a.events());
        sharedEvents.retainAll(b.events());
        if (sharedEvents.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.context());
        shared.retainAll(b.context());
        shared.removeIf(w -> eventOf(w) != null || GENERIC_CONTEXT.contains(w));
        // A death toll needs one word of its incident in common ("bomb blasts in Russia", "bombings
        // in Moscow and other Russian cities"), so the dead of an air raid are not the bombings'.
        if (a.quantity().unit().equals("people") && sharedEvents.stream().anyMatch(DECISIVE_EVENTS::contains)) {
            return !shared.isEmpty() || !a.places().isEmpty() && !disjoint(a.places(), b.places());
        }
        // A share is of something: "90 percent of malaria cases are in sub-Saharan Africa" and "95
        // percent of cases" in a sentence about one parasite need more than "Africa" in common.
        int needed = a.quantity().unit().equals("percent") ? MIN_SHARED_CONTEXT + 1 : MIN_SHARED_CONTEXT;
        return shared.size() >= needed;
    }

    private static boolean countedAlike(String a, String b) {
        return a.equals(b) || GENERIC_PEOPLE.contains(a) && GENERIC_PEOPLE.contains(b);
    }

    private static Disagreement disagreement(List<Claim> group) {
        Set<Integer> docs = new HashSet<>();
        group.forEach(c -> docs.add(c.sentence().doc()));
        if (docs.size() < 2) {
            return null;
        }
        List<List<Claim>> versions =
                Grouping.firstFit(group, (v, c) -> v.get(0).quantity().sameAs(c.quantity()));
        if (versions.size() < 2) {
            return null; // every source gives the same figure ("90 minutes", "ninety minutes")
        }
        List<Disagreement.Version> out = new ArrayList<>();
        for (List<Claim> v : versions) {
            Set<Integer> vDocs = new TreeSet<>();
            v.forEach(c -> vDocs.add(c.sentence().doc()));
            out.add(new Disagreement.Version(
                    v.get(0).quantity().phrase(), v.get(0).sentence().text(), new ArrayList<>(vDocs)));
        }
        out.sort((x, y) -> y.documents().size() - x.documents().size());
        return new Disagreement(about(group), out, overlap(versions));
    }

    /**
     * Whether every version's range meets every other's ("as many as a half-million" is up to
     * 500,000, "more than 300,000" from 300,000, "hundreds of thousands" 200,000 to 999,999): hedged
     * estimates that can all be true ("11" and "at least 11" too). Exact figures that differ ("11
     * dead", "10 dead") never meet.
     */
    private static boolean overlap(List<List<Claim>> versions) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        boolean hedged = false;
        for (List<Claim> v : versions) {
            Quantity q = v.get(0).quantity();
            hedged |= q.low() != q.high();
            low = Math.max(low, q.low());
            high = Math.min(high, q.high());
        }
        return hedged && low <= high;
    }

    private static String about(List<Claim> group) {
        Set<String> events = new HashSet<>(group.get(0).events());
        for (Claim c : group) {
            events.retainAll(c.events());
        }
        for (String e : List.of("death", "flight", "injury", "arrest", "illness", "meeting")) {
            if (events.contains(e) && (group.get(0).quantity().unit().equals("people") || e.equals("meeting"))) {
                return ABOUT.get(e);
            }
        }
        return group.get(0).quantity().unit();
    }

    /** The kind of event a word names ("deaths": death), or null. */
    private static String eventOf(String word) {
        for (Map.Entry<String, String> e : EVENTS.entrySet()) {
            if (word.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> events() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : new String[] {"kill", "dead", "death", "die", "toll", "fatalit", "casualt", "slain", "lives"}) {
            m.put(w, "death");
        }
        for (String w : new String[] {"flee", "fled", "displac", "refuge", "homeless", "evacuat"}) {
            m.put(w, "flight");
        }
        for (String w : new String[] {"sicken", "infect", "stricken", "cases"}) {
            m.put(w, "illness");
        }
        for (String w : new String[] {"injur", "wound", "hurt"}) {
            m.put(w, "injury");
        }
        for (String w : new String[] {"arrest", "detain", "detention"}) {
            m.put(w, "arrest");
        }
        for (String w : new String[] {"met", "meet", "convers", "talk", "discuss", "session"}) {
            m.put(w, "meeting");
        }
        return Map.copyOf(m);
    }
}
