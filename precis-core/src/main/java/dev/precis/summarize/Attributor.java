package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.model.SummarySentence;
import dev.precis.text.Quantities;
import dev.precis.text.Quantity;
import dev.precis.text.Quotations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, for a summary sentence, the other documents that state the same thing. A sentence of
 * another document states it when they share one of its actions (verbs), their figures do not
 * contradict each other, and their words agree in one of three ways: close in tf-idf space with
 * enough shared terms, the other sentence holding most of this one's weight, or this one holding
 * most of the other's (a shorter report of the same fact: "All 217 people aboard were killed").
 * The same quotation in both is the same statement, and so is the same leading count with the
 * same action ("killed 11 people"). On the attribution gold set (AttributionGoldIT) these took
 * precision from 0.761 to 0.932 and recall from 0.500 to 0.764.
 */
public final class Attributor {
    /** tf-idf cosine above which two sentences of different outlets report the same fact. */
    static final double MIN_SIMILARITY = 0.35;
    /** ... and at least this share of the summary sentence's content terms must appear in the other. */
    static final double MIN_TERM_OVERLAP = 0.4;
    /** Or the other sentence holds this share of the summary sentence's idf weight ... */
    static final double MIN_COVERED = 0.55;
    /** ... or the summary sentence holds this share of the other's. */
    static final double MIN_CONTAINED = 0.7;
    /**
     * A sentence without an action of its own ("The FBI is taking over the investigation") is
     * matched only this closely or by containment: shared names and nouns alone say little.
     */
    static final double MIN_SIMILARITY_WITHOUT_ACTION = 0.5;

    private final Corpus corpus;
    private final TermVectors vectors;
    /**
     * Which sentences hold each content term of the sentences to attribute: only sentences sharing
     * terms need comparing, and only those terms need indexing.
     */
    private final Map<String, List<Sentence>> sentencesWithTerm = new HashMap<>();

    // What each sentence holds, read once: a summary sentence is set beside many others.
    private final Map<Sentence, List<Quantity>> amounts = new IdentityHashMap<>();
    private final Map<Sentence, Set<Double>> numbers = new IdentityHashMap<>();
    private final Map<Sentence, Set<String>> actions = new IdentityHashMap<>();
    private final Map<Sentence, Set<String>> mainActions = new IdentityHashMap<>();
    private final Map<Sentence, Set<String>> actionStems = new IdentityHashMap<>();
    private final Map<Sentence, List<Statement>> quotations = new IdentityHashMap<>();

    /** @param toAttribute the sentences {@link #attribute} will be asked about */
    public Attributor(Corpus corpus, Collection<Sentence> toAttribute) {
        this(corpus, new TermVectors(corpus), toAttribute);
    }

    /** For {@link #states} alone (a summarizer keeping a fact from going in twice), sharing its vectors. */
    Attributor(Corpus corpus, TermVectors vectors) {
        this(corpus, vectors, List.of());
    }

    private Attributor(Corpus corpus, TermVectors vectors, Collection<Sentence> toAttribute) {
        this.corpus = corpus;
        this.vectors = vectors;
        for (Sentence s : toAttribute) {
            for (String t : s.terms()) {
                sentencesWithTerm.putIfAbsent(t, new ArrayList<>());
            }
        }
        for (Sentence s : corpus.sentences()) {
            for (String t : s.terms()) {
                List<Sentence> holding = sentencesWithTerm.get(t);
                // a term twice in one sentence: the sentence was just added
                if (holding != null && (holding.isEmpty() || holding.get(holding.size() - 1) != s)) {
                    holding.add(s);
                }
            }
        }
    }

    /** Attributes one of the sentences given at construction. */
    public SummarySentence attribute(Sentence s) {
        Set<String> terms = new HashSet<>(s.terms());
        Map<Sentence, Integer> shared = new IdentityHashMap<>();
        for (String t : terms) {
            for (Sentence o : sentencesWithTerm.getOrDefault(t, List.of())) {
                if (o.doc() != s.doc()) {
                    shared.merge(o, 1, Integer::sum);
                }
            }
        }
        Set<Integer> corroborating = new TreeSet<>();
        shared.forEach((o, count) -> {
            if (!corroborating.contains(o.doc()) && sameFact(s, terms, o, count)) {
                corroborating.add(o.doc());
            }
        });
        return new SummarySentence(s, s.doc(), new ArrayList<>(corroborating));
    }

    /** Whether the sentence {@code o} states the fact of {@code s} (any two sentences of the corpus). */
    boolean states(Sentence o, Sentence s) {
        Set<String> terms = new HashSet<>(s.terms());
        return sameFact(s, terms, o, shared(terms, o).size());
    }

    /** The terms of these that a sentence holds too. */
    private static Set<String> shared(Set<String> terms, Sentence o) {
        Set<String> shared = new HashSet<>(terms);
        shared.retainAll(new HashSet<>(o.terms()));
        return shared;
    }

    /**
     * Why a sentence of another document does or does not corroborate a sentence: the shared terms,
     * the measures and whether they share an action (for reading the gold set's errors).
     */
    String explain(Sentence s, Sentence o) {
        Set<String> terms = new HashSet<>(s.terms());
        Set<String> shared = new TreeSet<>(shared(terms, o));
        return String.format(
                "%s cos %.2f, covered %.2f, contained %.2f, %d/%d shared %s, actions %s, figures agree %s: %s",
                sameFact(s, terms, o, shared.size()) ? "MATCH" : "no",
                vectors.cosine(s, o),
                covered(terms, o),
                covered(new HashSet<>(o.terms()), s),
                shared.size(),
                terms.size(),
                shared,
                actionsOf(s),
                !figuresDisagree(s, o),
                o.text());
    }

    /** The sentences of a document that state the same fact as a sentence. */
    List<Sentence> matches(Sentence s, List<Sentence> docSentences) {
        Set<String> terms = new HashSet<>(s.terms());
        List<Sentence> out = new ArrayList<>();
        for (Sentence o : docSentences) {
            if (sameFact(s, terms, o, shared(terms, o).size())) {
                out.add(o);
            }
        }
        return out;
    }

    private boolean sameFact(Sentence s, Set<String> terms, Sentence o, int sharedTerms) {
        if (sameQuotation(quotations.computeIfAbsent(s, Attributor::statements), s, o)) {
            return true;
        }
        if (instructs(s) || instructs(o)) {
            return false;
        }
        if (sharedTerms >= 2) {
            // "get", "make", "say" in common tell nothing of a fact
            Set<String> shared = shared(terms, o);
            shared.removeAll(LIGHT_VERBS);
            sharedTerms = shared.size();
        }
        if (sharedTerms < 2 || figuresDisagree(s, o)) {
            return false;
        }
        Set<String> actions = actionsOf(s);
        if (!actions.isEmpty() && !sharesAction(actions, o)) {
            return false;
        }
        if (sameCount(s, o) && sharesAction(mainActions.computeIfAbsent(s, x -> actions(x, true)), o)) {
            return true; // "The Aug. 7 bombing killed 11 people" / "Of those killed, 11 were killed in Tanzania"
        }
        if (sharedTerms < 3) {
            return false;
        }
        double cosine = vectors.cosine(s, o);
        // the other's words are within this one, its actions too: "... opens May 19" is not in a sentence
        // that only names the film
        boolean contained = covered(new HashSet<>(o.terms()), s) >= MIN_CONTAINED
                && actionStems(s).containsAll(actionsOf(o));
        boolean matched = contained
                || sharedTerms >= MIN_TERM_OVERLAP * terms.size() && cosine >= MIN_SIMILARITY
                || covered(terms, o) >= MIN_COVERED;
        return matched && (!actions.isEmpty() || contained || cosine >= MIN_SIMILARITY_WITHOUT_ACTION);
    }

    /** Words that may come before the verb of an instruction: "Now, copy this article ...". */
    private static final Set<String> BEFORE_INSTRUCTION = Set.of("ADV", "INTJ", "PUNCT", "CCONJ");

    /**
     * An instruction states no fact: a sentence whose first word (after adverbs and
     * punctuation) is a verb in its plain form, "Now, copy this article and send it to the first
     * 50 people in your address book" (a hoax's chain letter), not "Bowing to a court ruling,
     * Congress ..." nor a quotation.
     */
    static boolean instructs(Sentence s) {
        List<String> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String tag = s.tag(i);
            if (BEFORE_INSTRUCTION.contains(tag)) {
                if (tag.equals("PUNCT")
                        && (tokens.get(i).equals("\"") || tokens.get(i).equals("\u201C"))) {
                    return false;
                }
                continue;
            }
            String word = tokens.get(i).toLowerCase(java.util.Locale.ROOT);
            return tag.equals("VERB") && !word.endsWith("ing") && !word.endsWith("ed") && !word.endsWith("s");
        }
        return false;
    }

    /**
     * Both carry the same quotation of at least four words ("We're not there yet"), or of three
     * with the same speaker ("around the clock", said by Obama): the same words said, whatever
     * else the sentences hold.
     */
    static boolean sameQuotation(Sentence s, Sentence o) {
        return sameQuotation(statements(s), s, o);
    }

    private static boolean sameQuotation(List<Statement> quoted, Sentence s, Sentence o) {
        String other = null;
        for (Statement q : quoted) {
            // a partial quotation ("around the clock") counts when both give it one speaker
            if (q.words() >= 4 || q.words() == 3 && dev.precis.report.Speakers.same(s, o)) {
                other = other == null ? " " + Quotations.plain(o.text()) + " " : other;
                if (other.contains(" " + q.plain() + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A quotation that can be a statement: its words made plain, and how many it has as written. */
    private record Statement(String plain, int words) {}

    /**
     * The quotations of three or more words with two lower-case words of their own: a quoted term
     * ("non-steroidal anti-inflammatory drugs") or title ("Return of the Jedi") is not a statement.
     */
    private static List<Statement> statements(Sentence s) {
        List<Statement> out = new ArrayList<>();
        for (Quotations.Quoted q : Quotations.in(s.text())) {
            String[] words = q.text().strip().split("\\s+");
            long lower = java.util.Arrays.stream(words)
                    .filter(w -> w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && !TITLE_WORDS.contains(w))
                    .count();
            if (lower >= 2 && words.length >= 3) {
                out.add(new Statement(q.plain(), words.length));
            }
        }
        return out;
    }

    /** Lower-case words a title keeps ("Return of the Jedi"): they do not make it a statement. */
    private static final Set<String> TITLE_WORDS = Set.of("the", "and", "for", "from", "with", "into", "over");

    /** The amounts a sentence states. */
    private List<Quantity> amounts(Sentence s) {
        return amounts.computeIfAbsent(s, x -> Quantities.find(x.text()));
    }

    private boolean sharesAction(Set<String> actions, Sentence o) {
        return actionStems(o).stream().anyMatch(actions::contains);
    }

    private Set<String> actionsOf(Sentence s) {
        return actions.computeIfAbsent(s, x -> actions(x, false));
    }

    /** A sentence's stems, each outcome word as its action ("died" as "kill"). */
    private Set<String> actionStems(Sentence s) {
        return actionStems.computeIfAbsent(s, x -> {
            Set<String> out = new HashSet<>();
            List<String> stems = x.stems();
            for (int i = 0; i < stems.size(); i++) {
                if (i == 0 || !HEDGED_OUTCOME.contains(stems.get(i - 1))) {
                    out.add(action(stems.get(i)));
                }
            }
            return out;
        });
    }

    /** Stems before an outcome that make it a fear, not a fact: "all feared dead", "presumed dead". */
    private static final Set<String> HEDGED_OUTCOME = Set.of("fear", "presum", "believ");

    /**
     * The sentence's first exact count of ten or more ("killed 11 people", "217 aboard") is a
     * number of the other too: the figure a report leads with, which a shorter report repeats.
     */
    boolean sameCount(Sentence s, Sentence o) {
        for (Quantity q : amounts(s)) {
            if (q.low() == q.high() && q.low() >= 10) {
                return numbersOf(o).contains(q.low());
            }
        }
        return false;
    }

    /** The share of these terms' idf weight that a sentence holds. */
    private double covered(Set<String> terms, Sentence o) {
        Set<String> held = new HashSet<>(o.terms());
        double total = 0;
        double found = 0;
        for (String t : terms) {
            double w = corpus.idf(t);
            total += w;
            if (held.contains(t)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private static final dev.precis.text.Terms TERMS = new dev.precis.text.Terms();
    /** Verbs that name no action of their own: "be", "say", and naming ("pills called NSAIDs"). */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "be", "have", "do", "say", "said", "make", "take", "get", "go", "call", "name", "dub", "term", "know");

    /**
     * A sentence's actions: the stems of its verbs, less light ones, words the tagger took for verbs
     * though capitalised (names: "Rashid Saleh Hemed") and "-ing" forms after an article, adjective
     * or name ("the U.S. Embassy bombing" is a noun). In the main clause only, verbs of a relative
     * clause ("a man who was among 14 foreigners arrested") are left out: they describe a
     * participant, not what the sentence reports.
     */
    static Set<String> actions(Sentence s, boolean mainClause) {
        Set<String> verbs = new HashSet<>();
        List<String> tokens = s.tokens();
        boolean[] relative = dev.precis.text.Clauses.relative(tokens, s.tags());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String tag = s.tag(i);
            if (!tag.equals("VERB") || Character.isUpperCase(token.charAt(0)) || mainClause && relative[i]) {
                continue;
            }
            if (i > 0 && token.endsWith("ing") && BEFORE_GERUND_NOUN.contains(s.tag(i - 1))) {
                continue;
            }
            String stem = TERMS.stem(token.toLowerCase(java.util.Locale.ROOT));
            if (stem != null && !LIGHT_VERBS.contains(stem)) {
                verbs.add(action(stem));
            }
        }
        return verbs;
    }

    /** Tags before an "-ing" word that make it a noun: "the bombing", "deadly bombing", "Embassy bombing". */
    private static final Set<String> BEFORE_GERUND_NOUN = Set.of("DET", "ADJ", "PROPN");

    /** Words for one outcome that reports use in turn: "were killed", "died", "the death of all 217". */
    private static final Map<String, String> SAME_ACTION =
            Map.of("di", "kill", "die", "kill", "dead", "kill", "death", "kill");

    private static String action(String stem) {
        return SAME_ACTION.getOrDefault(stem, stem);
    }

    /**
     * Two sentences' figures contradict when both count the same kind of thing and each has a
     * count the other lacks ("killed 258 people" vs "killed 247 people"). A count also stated as a
     * bare number in the other ("11 of them") agrees.
     */
    boolean figuresDisagree(Sentence s, Sentence o) {
        List<Quantity> mine = amounts(s);
        if (mine.isEmpty()) {
            return false;
        }
        List<Quantity> theirs = amounts(o);
        for (Quantity q : mine) {
            List<Quantity> same =
                    theirs.stream().filter(t -> t.unit().equals(q.unit())).toList();
            if (!same.isEmpty()
                    && unmatched(List.of(q), same, numbersOf(o))
                    && unmatched(
                            same,
                            mine.stream().filter(t -> t.unit().equals(q.unit())).toList(),
                            numbersOf(s))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some of these amounts overlap none of the others and are not written in the text. */
    private static boolean unmatched(List<Quantity> amounts, List<Quantity> others, Set<Double> numbers) {
        for (Quantity a : amounts) {
            boolean met = others.stream().anyMatch(a::overlaps) || a.low() == a.high() && numbers.contains(a.low());
            if (!met) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    /** The numbers written in a sentence, as digits ("11 of them", "5,500"). */
    private Set<Double> numbersOf(Sentence s) {
        return numbers.computeIfAbsent(s, x -> numbers(x.text()));
    }

    private static Set<Double> numbers(String text) {
        Set<Double> out = new HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(",", "")));
        }
        return out;
    }
}
