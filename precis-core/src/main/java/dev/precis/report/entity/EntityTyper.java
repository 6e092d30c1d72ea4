package dev.precis.report.entity;

import static dev.precis.report.Lexicon.lower;

import dev.precis.model.Entity;
import dev.precis.text.WordLists;
import java.util.Arrays;
import java.util.List;

/**
 * What an entity is, from the evidence over all its mentions: a country name, an organisation head
 * word or acronym, a person's title or a speech verb, a place preposition. No evidence, no type: the
 * name is left out rather than guessed.
 */
final class EntityTyper {
    private EntityTyper() {}

    /** The type of the entity these mentions name, or null when it is none of the three or unknown. */
    static Entity.Type typeOf(List<Mention> group) {
        boolean person = false;
        boolean speaker = false;
        boolean place = false;
        boolean organisation = false;
        boolean camelCase = false; // weak evidence of an organisation: "EgyptAir", "Boeing officials"
        boolean other = false;
        boolean fullName = false;
        boolean spelledOut = group.stream().anyMatch(m -> !AliasRules.isAcronym(m.surface));
        for (Mention m : group) {
            if (m.key.knownPlace()) {
                return Entity.Type.PLACE;
            }
            String[] words = m.surface.split(" ");
            String last = lower(words[words.length - 1].replaceAll("^(?i)al-", ""));
            if (last.matches("\\d+") && words.length > 1) {
                last = lower(words[words.length - 2]);
            }
            other |= WordLists.OTHER_HEADS.contains(last);
            // An acronym is an organisation's unless its spelled-out name says otherwise (N.Y. = New York).
            boolean headWord = WordLists.ORGANISATION_HEADS.contains(last)
                    || words.length > 2
                            && Arrays.stream(words)
                                    .anyMatch(w ->
                                            WordLists.ORGANISATION_HEADS.contains(lower(w))); // Bureau of Investigation
            organisation |=
                    headWord || AliasRules.isAcronym(m.surface) && !spelledOut || m.surface.matches("[^ ]*\\d[^ ]*");
            camelCase |= m.organisationCue;
            camelCase |= words.length == 1
                    && m.surface.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*")
                    && !m.surface.matches("(Mc|Mac).*"); // EgyptAir
            person |= m.personCue;
            speaker |= m.speechCue;
            place |= m.placeCue;
            fullName |= words.length >= 2;
        }
        if (other) {
            return null; // a flight, a war, a summit: not one of the three kinds
        }
        if (organisation) {
            return Entity.Type.ORGANISATION;
        }
        if (person) {
            return Entity.Type.PERSON;
        }
        if (camelCase) {
            return Entity.Type.ORGANISATION;
        }
        // Speaking marks a person only with a full name: organisations "say" things too.
        if (speaker && fullName) {
            return Entity.Type.PERSON;
        }
        if (place) {
            return Entity.Type.PLACE;
        }
        return null; // no evidence of what it is ("Cold War")
    }
}
