package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Corpus;
import dev.precis.model.Sentence;
import dev.precis.report.entity.EntityExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The disagreements against a gold set written by reading ({@code disagreement-gold.tsv}: the
 * seeds and DUC 2006 clusters D0616G, D0618I, D0620B, D0621C, D0622D, D0625G). The gold labels
 * figures with the quantity each counts; every comparable pair of figures the finder considers
 * ({@link DisagreementFinder#pairs}) whose two figures are labelled is a decision: the pair
 * disagrees when both count one quantity. Precision: of the pairs the report lists as two versions
 * of one disagreement, the share that count one quantity; recall: of the pairs that count one
 * quantity, the share it lists.
 */
class DisagreementGoldIT {
    /** One labelled figure: the opening words of its sentence, the figure as written, what it counts. */
    private record Gold(String quote, String figure, String quantity) {}

    record Figures(int pairs, int labelled, int reported, int right, int same, List<String> wrong) {
        double precision() {
            return reported == 0 ? 1 : (double) right / reported;
        }

        double recall() {
            return same == 0 ? 1 : (double) right / same;
        }
    }

    private static Map<String, List<Gold>> gold() throws IOException {
        Map<String, List<Gold>> byStory = new LinkedHashMap<>();
        for (String[] f : Shared.goldRows(DisagreementGoldIT.class, "disagreement-gold.tsv")) {
            if (!f[0].equals("story")) {
                byStory.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Gold(f[1], f[2], f[3]));
            }
        }
        return byStory;
    }

    /** The quantity the gold says a figure of a sentence counts, or null when it is not labelled. */
    private static String quantity(List<Gold> gold, Sentence s, String figure) {
        String text = Shared.plain(s.text());
        return gold.stream()
                .filter(g -> g.figure().equals(figure) && text.startsWith(g.quote()))
                .max(java.util.Comparator.comparingInt(g -> g.quote().length()))
                .map(Gold::quantity)
                .orElse(null);
    }

    static Figures figures() throws IOException {
        Precis precis = Precis.builder().build();
        int pairs = 0, labelled = 0, reported = 0, right = 0, same = 0;
        List<String> wrong = new ArrayList<>();
        for (var story : gold().entrySet()) {
            Corpus corpus = Shared.corpus(precis, story.getKey());
            var finder = new DisagreementFinder(new EntityExtractor().extract(corpus.sentences()));
            for (DisagreementFinder.FigurePair p : finder.pairs(corpus)) {
                pairs++;
                String a = quantity(story.getValue(), p.first(), p.firstFigure());
                String b = quantity(story.getValue(), p.second(), p.secondFigure());
                String pair =
                        story.getKey() + " \"" + p.firstFigure() + "\" (" + a + ") / \"" + p.secondFigure() + "\" (" + b
                                + "): " + p.first().text() + " / " + p.second().text();
                if (a == null || b == null) {
                    wrong.add((p.reported() ? "unlabelled, listed: " : "unlabelled: ") + pair);
                    continue;
                }
                labelled++;
                boolean disagree = a.equals(b);
                same += disagree ? 1 : 0;
                reported += p.reported() ? 1 : 0;
                right += disagree && p.reported() ? 1 : 0;
                if (disagree != p.reported()) {
                    wrong.add((p.reported() ? "listed, counts two things: " : "missed: ") + pair);
                }
            }
        }
        return new Figures(pairs, labelled, reported, right, same, wrong);
    }

    @Test
    void listedFiguresCountOneQuantity() throws IOException {
        Figures f = figures();
        String summary = String.format(
                "%d candidate pairs, %d labelled; listed %d, right %d: precision %.3f; %d disagree: recall %.3f%n  %s",
                f.pairs(),
                f.labelled(),
                f.reported(),
                f.right(),
                f.precision(),
                f.same(),
                f.recall(),
                String.join("\n  ", f.wrong()));
        System.out.println("disagreement gold: " + summary);
        assertTrue(f.labelled() >= 60, "the gold must label at least 60 pairs:\n  " + summary);
        assertTrue(f.labelled() >= 0.9 * f.pairs(), "pairs without a gold label:\n  " + summary);
        // Issue 15's target for precision; recall at the figure of the session that wrote the set
        // (0.788; the finder it started from listed 93 pairs of these stories, 16 of them right: 0.17).
        assertTrue(f.precision() >= 0.85, summary);
        assertTrue(f.recall() >= 0.75, summary);
    }
}
