package dev.precis.summarize;

import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences fit to stand in a summary: long enough to say something, short enough to read,
 * complete (ends like a sentence, not a question, not a fragment of a quotation left open), and
 * about the news rather than about the reporter's source.
 */
public final class Candidates {
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 60;
    /** A note on why a source is unnamed ("The official spoke anonymously to discuss ..."). */
    private static final Pattern ANONYMITY = Pattern.compile(
            "\\b(anonymity|anonymously|not authori[sz]ed to (speak|talk|discuss|comment))\\b",
            Pattern.CASE_INSENSITIVE);
    /** ... unless the sentence also reports what the source said. */
    private static final Pattern REPORTS = Pattern.compile("\\b(said|says|say|told)\\b", Pattern.CASE_INSENSITIVE);

    private Candidates() {}

    /** Eligible sentences of the documents not seen before. */
    public static List<Sentence> of(Corpus corpus, SummaryRequest request) {
        List<Sentence> fresh =
                corpus.sentences().stream().filter(request::isNew).toList();
        List<Sentence> out = fresh.stream().filter(Candidates::eligible).toList();
        // A corpus of only short sentences still gets a summary.
        return out.isEmpty() ? fresh : out;
    }

    /**
     * Eligible sentences, each in its shortened form where it has one (see
     * {@link dev.precis.analyze.Compression}): the attribution is left to the source markers.
     */
    public static List<Sentence> preferShortened(Corpus corpus, SummaryRequest request) {
        List<Sentence> out = new java.util.ArrayList<>();
        for (var d : corpus.documents()) {
            if (!d.sentences().isEmpty() && !request.isNew(d.sentences().get(0))) {
                continue;
            }
            Sentence[] shorter = new Sentence[d.sentences().size()];
            for (Sentence s : d.shortened()) {
                shorter[s.index()] = s;
            }
            for (Sentence s : d.sentences()) {
                Sentence form = shorter[s.index()] != null ? shorter[s.index()] : s;
                if (eligible(form)) {
                    out.add(form);
                }
            }
        }
        return out.isEmpty()
                ? corpus.sentences().stream().filter(request::isNew).toList()
                : out;
    }

    static boolean eligible(Sentence s) {
        int words = s.wordCount();
        String t = s.text().strip();
        return words >= MIN_WORDS
                && words <= MAX_WORDS
                && !t.endsWith("?")
                && s.terms().size() >= 3
                && dev.precis.ingest.Paragraphs.endsSentence(t)
                && balancedQuotes(t)
                && !sourcingNote(t)
                && !debris(t);
    }

    /**
     * Wire and page debris by its shape: a dateline or slug left at the start ("MIAMI _ ...",
     * "WASHINGTON -- ..."), a chronology item ("Nov. 25 -- ..."), a transcript or listing line
     * opening on a clock time ("0:10 PILOT ...", "8:30 p.m. ...").
     */
    static boolean debris(String t) {
        return WIRE_DATELINE.matcher(t).find()
                || CHRONOLOGY_ITEM.matcher(t).find()
                || CLOCK_LINE.matcher(t).find();
    }

    private static final Pattern WIRE_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{2,}\\s+(_|--)\\s");
    private static final Pattern CHRONOLOGY_ITEM = Pattern.compile(
            "^(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(,\\s*\\d{4})?\\s*(--|_|:|\u2014)\\s");
    private static final Pattern CLOCK_LINE = Pattern.compile("^\\d{1,2}:\\d{2}\\b");

    /** Only why a source is unnamed, nothing that the source said. */
    static boolean sourcingNote(String t) {
        return ANONYMITY.matcher(t).find() && !REPORTS.matcher(t).find();
    }

    private static boolean balancedQuotes(String t) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0;
    }
}
