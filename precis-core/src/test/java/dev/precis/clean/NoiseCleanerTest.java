package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaning rules on text written for the test: structure decides, not known strings. */
class NoiseCleanerTest {
    private static Document doc(String id, String source, String body) {
        return new Document(id, id, source, null, null, body, id);
    }

    @Test
    void keepsProseDropsFurniture() {
        String body = String.join(
                "\n\n",
                "Weekend edition",
                "Council members listen (R) as the mayor speaks on Monday. Jane Doe/Example Photos",
                "LONDON (Reuters) — The council approved the budget on Monday.",
                "Read our newsletter: sign up and tap the app to get every story first, please upgrade your browser.",
                "Related: Storm hits the coast, with more rain expected over the...",
                "The vote was seven to two, officials said.",
                "The Harbour Times plans to move the following for clients of the Example News Service for"
                        + " editions of Tuesday. If you have any questions, please call Jo Roe at (555) 448-8035.",
                "ATTENTION EDITORS: The following photos are part of tonight's Harbour Times Photo Package.",
                "(EDITORS: There is no charge for use of this story, but please credit the Harbour Times.)",
                "By Jane Doe Staff Writer");
        Document cleaned =
                new NoiseCleaner().clean(List.of(doc("a", null, body))).get(0);
        assertEquals(
                "The council approved the budget on Monday.\n\nThe vote was seven to two, officials said.",
                cleaned.body());
        assertEquals("Reuters", cleaned.source());
    }

    @Test
    void paragraphsAnOutletRepeatsAcrossDifferentStoriesAreBoilerplate() {
        String shared = "Our journalism depends on readers like you; support independent reporting today.";
        String council = "The council approved the budget after a long debate that lasted well into the night. "
                + "Spending on schools rises by four percent.";
        String club = "The football club signed a new striker from Lisbon for a fee said to be a record. "
                + "He will play his first match on Saturday.";
        List<Document> docs = List.of(
                doc("1", "Herald", council + "\n\n" + shared),
                doc(
                        "2",
                        "Herald",
                        "A storm flooded the harbour and closed two roads along the coast for most of Monday.\n\n"
                                + shared),
                doc("3", "Herald", club + "\n\n" + shared),
                doc("4", "Gazette", "The museum reopened after repairs to its roof.\n\n" + shared));
        List<Document> cleaned = new NoiseCleaner().clean(docs);
        assertEquals(council, cleaned.get(0).body());
        assertEquals(club, cleaned.get(2).body());
        assertEquals(docs.get(3).body(), cleaned.get(3).body(), "another outlet's copy is its own text");
    }

    @Test
    void successiveVersionsOfOneStoryKeepTheirSharedParagraphs() {
        String lead = "The council approved the budget on Monday after a debate that lasted eleven hours.";
        String more = "Spending on schools rises by four percent, and the harbour gets new cranes.";
        List<Document> docs = List.of(
                doc("v1", "Wire", lead + "\n\n" + more),
                doc("v2", "Wire", lead + "\n\n" + more + "\n\nThe mayor welcomed the vote."),
                doc("v3", "Wire", lead + "\n\n" + more + "\n\nThe opposition called it reckless."));
        assertEquals(docs.get(0).body(), new NoiseCleaner().clean(docs).get(0).body());
    }

    @Test
    void datelineIsNotMistakenInOrdinaryText() {
        assertNull(Datelines.strip("The US - Russia talks failed.").agency());
        assertEquals(
                "President Clinton turned the attention.",
                Datelines.strip("PINE RIDGE, S.D. (AP) -- President Clinton turned the attention.")
                        .text());
        assertEquals(
                "Officials met.",
                Datelines.strip("BEIJING, March 3 (Xinhua) -- Officials met.").text());
        Datelines.Split hyphen = Datelines.strip("NEW YORK (AP) - The virus is here to stay.");
        assertEquals("The virus is here to stay.", hyphen.text());
        assertEquals("NEW YORK", hyphen.place());
        assertEquals(
                "US - Russia talks failed.",
                Datelines.strip("US - Russia talks failed.").text());
        assertEquals(
                "PINE RIDGE, S.D.",
                Datelines.strip("PINE RIDGE, S.D. (AP) -- He spoke.").place());
    }

    @Test
    void keepsSubheadsAndLongProseThatEndsWithoutAFullStop() {
        String body = String.join(
                "\n\n",
                "The council approved the budget on Monday after a debate that lasted eleven hours.",
                "Schools first",
                "Spending on schools rises by four percent, the largest rise in a decade.",
                "Storm closes the harbour road for a second day",
                "Readers who want to follow the budget line by line can find every figure the council published"
                        + " in the tables below, sorted by department and by year, with notes from the treasurer",
                "By Jane Doe Staff Writer");
        assertEquals(
                String.join(
                        "\n\n",
                        "The council approved the budget on Monday after a debate that lasted eleven hours.",
                        "Schools first",
                        "Spending on schools rises by four percent, the largest rise in a decade.",
                        "Readers who want to follow the budget line by line can find every figure the council"
                                + " published in the tables below, sorted by department and by year, with notes from the"
                                + " treasurer"),
                new NoiseCleaner().clean(List.of(doc("a", null, body))).get(0).body());
    }

    @Test
    void keepsTheItemsOfAListTheArticleAnnounces() {
        String body = String.join(
                "\n\n",
                "The council asks every household to keep these at hand until the water is safe again:",
                "Six litres of bottled water",
                "A torch and batteries",
                "The council will say on Friday whether the warning can be lifted.",
                "Storm closes the harbour road",
                "Ferry timetable changes from Monday");
        assertEquals(
                String.join(
                        "\n\n",
                        "The council asks every household to keep these at hand until the water is safe again:",
                        "Six litres of bottled water",
                        "A torch and batteries",
                        "The council will say on Friday whether the warning can be lifted."),
                new NoiseCleaner().clean(List.of(doc("a", null, body))).get(0).body());
    }
}
