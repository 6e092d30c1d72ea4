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
}
