package dev.precis.model;

import java.util.List;

/**
 * A person, organisation or place named in a story, under one canonical name across sources and
 * spellings.
 *
 * @param name      canonical name (the most common full form; a country's ISO name)
 * @param type      what it is
 * @param role      the title or role most often written before the name ("Russian Foreign
 *                  Minister"), or null when none is stated
 * @param aliases   every spelling met, canonical name included
 * @param documents indexes (in the story's corpus) of the documents that mention it
 * @param mentions  how many times it is mentioned in all
 */
public record Entity(String name, Type type, String role, List<String> aliases, List<Integer> documents, int mentions) {
    public enum Type {
        PERSON,
        ORGANISATION,
        PLACE
    }

    public Entity {
        aliases = List.copyOf(aliases);
        documents = List.copyOf(documents);
    }
}
