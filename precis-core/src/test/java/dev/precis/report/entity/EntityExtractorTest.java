package dev.precis.report.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.analyze.Analyzer;
import dev.precis.model.Document;
import dev.precis.model.Entity;
import dev.precis.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention finding, merging and typing together, on sentences written for the test. */
class EntityExtractorTest {
    private static List<Entity> entities(String... articles) {
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            docs.add(new Document("d" + i, null, null, null, null, articles[i], "d" + i));
        }
        List<Sentence> sentences = new Analyzer().analyze(docs).sentences();
        return new EntityExtractor().extract(sentences);
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    @Test
    void aTitleBecomesTheRoleAndSpellingsMerge() {
        List<Entity> e = entities(
                "Foreign Minister Sergey Lavrov met reporters in Geneva on Monday.",
                "Sergei Lavrov said the talks would go on. Lavrov left Geneva at noon.");
        Entity lavrov = named(e, "Sergey Lavrov");
        assertEquals(Entity.Type.PERSON, lavrov.type());
        assertEquals("Foreign Minister", lavrov.role());
        assertTrue(
                lavrov.aliases().containsAll(List.of("Sergei Lavrov", "Lavrov")),
                lavrov.aliases().toString());
        assertEquals(List.of(0, 1), lavrov.documents());
    }

    @Test
    void aBracketedAcronymAndACountryAliasJoinTheirNames() {
        List<Entity> e = entities(
                "Fighters of the Islamic State militant group (ISIS) held the town, officials in the United States said.",
                "ISIS fighters left the town on Tuesday, US officials said.");
        assertTrue(named(e, "Islamic State").aliases().contains("ISIS"), e.toString());
        Entity us = named(e, "United States");
        assertEquals(Entity.Type.PLACE, us.type());
        assertTrue(us.aliases().contains("US"), us.aliases().toString());
    }

    @Test
    void charitiesSocietiesCollegesAndCampaignsAreOrganisations() {
        List<Entity> e = entities(
                "Ostravale Harbour Charities said on Monday that Brindle College would host the Skarn Kids Campaign.",
                "The Ostravale Bird Society joined Ostravale Harbour Charities and Brindle College in the plan.");
        for (String name : List.of("Ostravale Harbour Charities", "Brindle College", "Ostravale Bird Society")) {
            assertEquals(Entity.Type.ORGANISATION, named(e, name).type(), name);
        }
    }

    private static boolean absent(List<Entity> entities, String name) {
        return entities.stream()
                .noneMatch(e -> e.name().equals(name) || e.aliases().contains(name));
    }

    @Test
    void aKnownPlaceNeedsNoPrepositionAndAStateItsAbbreviation() {
        List<Entity> e = entities(
                "The deal struck between Washington and Moscow holds, officials said.",
                "The shooting at a school in Edinboro, Pa., shocked North Carolina and Pennsylvania.",
                "Officials in Raleigh, N.C., said the Western Hemisphere had never seen the virus.");
        assertEquals(Entity.Type.PLACE, named(e, "Moscow").type());
        assertEquals(Entity.Type.PLACE, named(e, "Washington").type());
        assertEquals(Entity.Type.PLACE, named(e, "Edinboro").type(), "a name before a state is a place");
        assertTrue(named(e, "North Carolina").aliases().contains("N.C."), e.toString());
        assertEquals(2, named(e, "Pennsylvania").mentions(), "'Pa.' and 'Pennsylvania': " + e);
        assertEquals(Entity.Type.PLACE, named(e, "Western Hemisphere").type());
    }

    @Test
    void anAgeOrARoleInAppositionMarksAPerson() {
        List<Entity> e = entities(
                "Borin Skell, 18, and Tamsin Vey, 17, were seen near the gate.",
                "The camp was run by Kharrat, an Arab warlord based in the hills.");
        assertEquals(Entity.Type.PERSON, named(e, "Borin Skell").type());
        assertEquals(Entity.Type.PERSON, named(e, "Tamsin Vey").type());
        assertEquals(Entity.Type.PERSON, named(e, "Kharrat").type());
    }

    @Test
    void namesGoOnAfterForAndOnAndAHyphenatedGivenName() {
        List<Entity> e = entities(
                "The Centers for Disease Control said the Commission on Crime Prevention would meet.",
                "The tycoon Li Ka-shing, whose son was kidnapped, met the police. Li Ka-shing said he paid.");
        assertEquals(
                Entity.Type.ORGANISATION,
                named(e, "Centers for Disease Control").type());
        assertEquals(
                Entity.Type.ORGANISATION,
                named(e, "Commission on Crime Prevention").type());
        assertEquals(Entity.Type.PERSON, named(e, "Li Ka-shing").type());
        assertTrue(absent(e, "Disease Control"), e.toString());
    }

    @Test
    void commonWordsPeoplesAndTheirPlacesAreNoEntities() {
        List<Entity> e = entities(
                "Malaria kills a million people a year in Ostravale, officials said.",
                "The fight against malaria in Ostravale needs money, and Chechen fighters and New Yorkers agree.");
        assertTrue(absent(e, "Malaria"), "written 'malaria' elsewhere: a common word");
        assertTrue(absent(e, "Chechen"), "a people, not an entity");
        assertTrue(absent(e, "New Yorkers"), "the people of a place");
    }
}
