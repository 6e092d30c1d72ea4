package dev.precis.report;

import dev.precis.model.Corpus;
import dev.precis.model.Disagreement;
import dev.precis.model.Entity;
import dev.precis.model.Sentence;
import dev.precis.text.WordCount;
import dev.precis.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds amounts that several sources state about the same thing and reports those they state
 * differently. Two amounts are about the same thing when they count the same kind of unit and
 * their sentences speak of the same kind of event around the number: killing (kill, dead, death,
 * toll), flight (flee, displaced, refugees) or injury alone suffice; a meeting's length also needs
 * a further word in common ("met ... on the sidelines of the Group of 20" / "conversed on the
 * sidelines of the Group of 20"), so two different meetings are not compared.
 */
final class DisagreementFinder {
    /** Content terms within this many tokens of the amount describe what it counts. */
    private static final int WINDOW = 8;
    /** Without a decisive event (a death toll), two amounts need this many other words in common. */
    private static final int MIN_SHARED_CONTEXT = 2;
    /** Figures for one thing that sources give stay within this factor of each other. */
    private static final double MAX_RATIO = 3;

    private static final Map<String, String> EVENTS = events();
    private static final Set<String> DECISIVE_EVENTS = Set.of("death", "flight", "injury", "arrest");
    private static final Map<String, String> ABOUT = Map.of(
            "death",
            "death toll",
            "flight",
            "people displaced",
            "injury",
            "people injured",
            "arrest",
            "people arrested",
            "meeting",
            "length of the meeting");

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
            Integer pastYear) {}

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
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : corpus.sentences()) {
            List<Quantity> found = Quantities.find(s.text());
            Integer pastYear = found.isEmpty() ? null : pastYear(s, corpus);
            for (Quantity q : found) {
                claims.add(claim(q, s, pastYear));
            }
        }
        List<List<Claim>> groups = group(claims);
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
        return year != null && published != null && year < published.getYear() ? year : null;
    }

    private static Integer yearOf(String sentence) {
        TimeExpressions.Found f = ABSOLUTE.best(sentence);
        return f == null || f.date() == null ? null : f.date().getYear();
    }

    /** Absolute dates and years need no publication date. */
    private static final TimeExpressions ABSOLUTE = new TimeExpressions(null, "");

    private static final java.util.regex.Pattern REFERENCE_OPENING =
            java.util.regex.Pattern.compile("(?:The|That|This|It)\\b");

    private Claim claim(Quantity q, Sentence s, Integer pastYear) {
        // The amount's word position: count the words before its character offset.
        String before = s.text().substring(0, q.start());
        int position = WordCount.of(before);
        int words = WordCount.of(q.phrase());
        String[] all = s.text().split("\\s+");
        Set<String> context = new HashSet<>();
        Set<String> near = new HashSet<>();
        Set<String> nearOrganisations = new HashSet<>();
        String nearestEvent = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, position - WINDOW); i < Math.min(all.length, position + words + WINDOW); i++) {
            if (i >= position && i < position + words) {
                continue;
            }
            String w = Words.bare(all[i]);
            if (places.contains(w)) {
                near.add(w);
            }
            if (organisations.contains(w)) {
                nearOrganisations.add(w);
            }
            if (w.length() < 3 || dev.precis.text.StopWords.contains(w)) {
                continue;
            }
            context.add(w.length() > 5 ? w.substring(0, 5) : w);
            int distance = i < position ? position - i : i - (position + words - 1);
            for (Map.Entry<String, String> e : EVENTS.entrySet()) {
                if (w.startsWith(e.getKey()) && distance < nearestDistance) {
                    nearestEvent = e.getValue();
                    nearestDistance = distance;
                }
            }
        }
        // The nearest event word says what the amount counts: "killed as many as a half-million
        // people ... and caused millions to flee" counts deaths, not flight.
        Set<String> events = nearestEvent == null ? Set.of() : Set.of(nearestEvent);
        return new Claim(q, s, context, events, near, nearOrganisations, pastYear);
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
                || a.sentence().doc() == b.sentence().doc() && !a.quantity().sameAs(b.quantity());
    }

    /** Reports of one figure differ, but not tenfold: 11 and 247 dead are two different tolls. */
    private static boolean sameMagnitude(Quantity a, Quantity b) {
        return a.low() <= b.high() * MAX_RATIO && b.low() <= a.high() * MAX_RATIO;
    }

    /** Near different places, or near different organisations (two airlines, two crashes). */
    private static boolean differentPlaces(Claim a, Claim b) {
        return disjoint(a.places(), b.places()) || disjoint(a.organisations(), b.organisations());
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
        if (a.quantity().unit().equals("people")
                && !countedAlike(a.quantity().noun(), b.quantity().noun())) {
            return false; // "12 Americans" are part of "247 people", not another figure for them
        }
        Set<String> sharedEvents = new HashSet<>(a.events());
        sharedEvents.retainAll(b.events());
        if (sharedEvents.isEmpty()) {
            return false;
        }
        if (a.quantity().unit().equals("people") && sharedEvents.stream().anyMatch(DECISIVE_EVENTS::contains)) {
            return true;
        }
        Set<String> shared = new HashSet<>(a.context());
        shared.retainAll(b.context());
        shared.removeIf(w -> EVENTS.keySet().stream().anyMatch(w::startsWith));
        return shared.size() >= MIN_SHARED_CONTEXT;
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
        for (String e : List.of("death", "flight", "injury", "arrest", "meeting")) {
            if (events.contains(e) && (group.get(0).quantity().unit().equals("people") || e.equals("meeting"))) {
                return ABOUT.get(e);
            }
        }
        return group.get(0).quantity().unit();
    }

    private static Map<String, String> events() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : new String[] {"kill", "dead", "death", "die", "toll", "fatalit", "casualt", "slain", "lives"}) {
            m.put(w, "death");
        }
        for (String w : new String[] {"flee", "fled", "displac", "refuge", "homeless", "evacuat"}) {
            m.put(w, "flight");
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
