package dev.precis.report.entity;

import static dev.precis.report.Lexicon.key;

import dev.precis.model.Entity;
import dev.precis.model.Sentence;
import dev.precis.report.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the people, organisations and places of a story under one name each: mentions by
 * {@link MentionFinder}, spellings merged by {@link AliasMerger}, typed by {@link EntityTyper}, then
 * named by their most common full form.
 */
public final class EntityExtractor {
    /** The entities named in these sentences (their part-of-speech tags are used), most widely named first. */
    public List<Entity> extract(List<Sentence> sentences) {
        Set<String> lowerCase = lowerCaseWords(sentences);
        MentionFinder finder = new MentionFinder(lowerCase);
        sentences.forEach(finder::find);
        UnionFind<NameKey> sets = AliasMerger.merge(finder.mentions(), finder.bracketed());
        Map<NameKey, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : finder.mentions()) {
            groups.computeIfAbsent(sets.find(m.key), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Mention> group : groups.values()) {
            Entity.Type type = EntityTyper.typeOf(group);
            if (type != null) {
                Entity e = entity(group, type);
                if (!commonWord(e, lowerCase) && !peopleOfAPlace(e)) {
                    entities.add(e);
                }
            }
        }
        entities.sort(Comparator.comparingInt((Entity e) -> e.documents().size())
                .reversed()
                .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                .thenComparing(Entity::name));
        return entities;
    }

    /** The words the story writes in lower case on their own inside a sentence (not after a hyphen). */
    private static Set<String> lowerCaseWords(List<Sentence> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (int i = 1; i < s.tokens().size(); i++) {
                String t = s.tokens().get(i);
                if (!t.isEmpty()
                        && Character.isLowerCase(t.charAt(0))
                        && !s.tokens().get(i - 1).equals("-")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * A one-word name that the story also writes in lower case is a common word capitalised at a
     * sentence's start or in a heading ("Malaria kills ...", "Health officials"), not a name.
     */
    private static boolean commonWord(Entity e, Set<String> lowerCase) {
        return !e.name().contains(" ")
                && Lexicon.knownPlace(key(e.name())) == null // "tanzania" in a web address
                && lowerCase.contains(e.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "New Yorkers", "Londoners": the people of a place, not an entity of their own. */
    private static boolean peopleOfAPlace(Entity e) {
        String name = e.name();
        return name.endsWith("ers") && Lexicon.knownPlace(key(name.substring(0, name.length() - 3))) != null;
    }

    /** Names the entity: a country by its ISO name, else the most frequent full form; a person's most frequent role. */
    private static Entity entity(List<Mention> group, Entity.Type type) {
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, String> roleSpelling = new HashMap<>();
        Set<Integer> docs = new TreeSet<>();
        String country = null;
        for (Mention m : group) {
            surfaces.merge(m.surface, 1, Integer::sum);
            if (m.role != null) {
                roles.merge(key(m.role), 1, Integer::sum); // "U.S. President" and "US President" are one role
                roleSpelling.putIfAbsent(key(m.role), m.role);
            }
            docs.add(m.doc());
            if (m.key.knownPlace()) {
                country = Lexicon.knownPlace(key(m.surface));
            }
        }
        String name = country != null
                ? country
                : surfaces.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) ->
                                        e.getKey().contains(" ") ? 1 : 0)
                                .thenComparingInt(Map.Entry::getValue)
                                .thenComparingInt(e -> e.getKey().length()))
                        .orElseThrow()
                        .getKey();
        String role = type != Entity.Type.PERSON
                ? null
                : roles.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                                .thenComparingInt(e -> e.getKey().length()))
                        .map(e -> roleSpelling.get(e.getKey()))
                        .orElse(null);
        Set<String> aliases = new TreeSet<>(surfaces.keySet());
        aliases.add(name);
        return new Entity(name, type, role, new ArrayList<>(aliases), new ArrayList<>(docs), group.size());
    }
}
