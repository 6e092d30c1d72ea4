package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.Precis;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Update summaries: what new articles add to those the reader has read (texts written for this test). */
class UpdateSummaryTest {
    private static Document doc(String id, int day, String body) {
        return new Document(id, null, "Ostravale Post", null, LocalDate.of(2024, 3, day), body, id);
    }

    private static final List<Document> STORY = List.of(
            doc(
                    "opening",
                    12,
                    "The council opened the harbour bridge in Ostravale on Tuesday after nine years of building.\n\n"
                            + "About 3,000 people watched Mayor Lena Ortvik cut the ribbon at noon on the quay."),
            doc(
                    "opening-2",
                    12,
                    "Mayor Lena Ortvik opened the new harbour bridge in Ostravale on Tuesday, nine years after building began.\n\n"
                            + "Some 3,000 people watched the ribbon being cut at noon, the council said."),
            doc(
                    "cracks",
                    14,
                    "Engineers closed the Ostravale harbour bridge on Thursday after they found cracks in two of its supports.\n\n"
                            + "Mayor Lena Ortvik said repairs to the bridge would take at least three weeks."),
            doc(
                    "cracks-2",
                    14,
                    "The harbour bridge in Ostravale was closed on Thursday after engineers found cracks in two supports.\n\n"
                            + "Repairs will take three weeks or more, Mayor Lena Ortvik said on Thursday evening."));

    private final Precis precis = Precis.builder().words(60).build();

    private static String text(Summary s) {
        StringBuilder sb = new StringBuilder();
        s.sentences().forEach(x -> sb.append(x.text()).append('\n'));
        return sb.toString();
    }

    @Test
    void anUpdateSaysWhatTheNewArticlesAddAndTakesNothingFromTheSeenOnes() {
        Corpus corpus = precis.prepare(STORY, new ArrayList<>());
        Summary update = precis.summarize(corpus, Set.of(0, 1));
        assertFalse(update.sentences().isEmpty());
        for (SummarySentence s : update.sentences()) {
            assertTrue(s.source() >= 2, "taken from a seen article: " + s.text());
        }
        String text = text(update);
        assertTrue(text.contains("cracks"), text);
        assertFalse(text.contains("3,000"), "the opening crowd was already known:\n" + text);
        assertTrue(update.isUpdate());
        assertTrue(update.seen().equals(List.of(0, 1)));
    }

    @Test
    void withoutSeenArticlesTheSummaryTellsTheWholeStory() {
        Summary all = precis.summarize(precis.prepare(STORY, new ArrayList<>()));
        assertFalse(all.isUpdate());
        assertTrue(text(all).contains("opened"), text(all));
    }

    @Test
    void everyMethodTakesItsSentencesFromTheNewArticles() {
        for (String method : Summarizers.names()) {
            Precis p = Precis.builder().method(method).words(60).build();
            Summary update = p.summarize(p.prepare(STORY, new ArrayList<>()), Set.of(0, 1));
            for (SummarySentence s : update.sentences()) {
                assertTrue(s.source() >= 2, method + " took a sentence from a seen article: " + s.text());
            }
        }
    }
}
