package dev.precis.report.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the keys of a story's mentions into entities, coreference-light, by the {@link AliasRules}:
 * a bracketed acronym and its name, an acronym and the one name it abbreviates, first-name spelling
 * variants, a surname and the one full name that dominates it, and one-word transliterations.
 */
final class AliasMerger {
    private AliasMerger() {}

    static UnionFind<NameKey> merge(List<Mention> mentions, List<MentionFinder.Bracketed> bracketed) {
        UnionFind<NameKey> sets = new UnionFind<>();
        Map<NameKey, String> surfaceOf = new HashMap<>();
        Map<NameKey, Set<Integer>> docsOf = new HashMap<>();
        for (Mention m : mentions) {
            sets.find(m.key);
            surfaceOf.putIfAbsent(m.key, m.surface);
            docsOf.computeIfAbsent(m.key, k -> new TreeSet<>()).add(m.doc());
        }
        for (MentionFinder.Bracketed b : bracketed) {
            if (surfaceOf.containsKey(b.acronym())) {
                sets.union(b.name(), b.acronym());
            }
        }
        List<NameKey> keys = new ArrayList<>(new TreeSet<>(surfaceOf.keySet()));
        List<NameKey> multi =
                keys.stream().filter(k -> !k.single() && !k.knownPlace()).toList();
        List<NameKey> single =
                keys.stream().filter(k -> k.single() && !k.knownPlace()).toList();
        // Acronyms: IS = Islamic State, G20 = Group of 20, US = United States (a country key).
        for (NameKey a : single) {
            if (!AliasRules.isAcronym(surfaceOf.get(a))) {
                continue;
            }
            Set<NameKey> targets = new TreeSet<>();
            for (NameKey k : keys) {
                if (AliasRules.abbreviates(a.words(), k.words())) {
                    targets.add(sets.find(k));
                }
            }
            if (targets.size() == 1) {
                sets.union(a, targets.iterator().next());
            }
        }
        // Spelling variants share their number of words and their surname: only those pairs are compared.
        Map<String, List<NameKey>> bySurname = new HashMap<>();
        for (NameKey k : multi) {
            bySurname
                    .computeIfAbsent(lastWord(k.words()), w -> new ArrayList<>())
                    .add(k);
        }
        for (List<NameKey> same : bySurname.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    if (AliasRules.spellingVariants(
                            same.get(x).words(), same.get(y).words())) {
                        sets.union(same.get(x), same.get(y));
                    }
                }
            }
        }
        for (NameKey s : single) {
            if (AliasRules.isAcronym(surfaceOf.get(s))) {
                continue;
            }
            Map<NameKey, Set<Integer>> fullNames = new HashMap<>();
            for (NameKey k : bySurname.getOrDefault(s.words(), List.of())) {
                if (k.words().endsWith(" " + s.words())) {
                    fullNames
                            .computeIfAbsent(sets.find(k), x -> new TreeSet<>())
                            .addAll(docsOf.get(k));
                }
            }
            NameKey best = AliasRules.dominantFullName(fullNames, docsOf.get(s));
            if (best != null) {
                sets.union(s, best);
            }
        }
        // Transliterations share their first letter and their length.
        Map<String, List<NameKey>> byShape = new HashMap<>();
        for (NameKey k : single) {
            if (!k.words().isEmpty()) {
                byShape.computeIfAbsent(k.words().charAt(0) + ":" + k.words().length(), w -> new ArrayList<>())
                        .add(k);
            }
        }
        for (List<NameKey> same : byShape.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    if (AliasRules.vowelVariant(same.get(x).words(), same.get(y).words())) {
                        sets.union(same.get(x), same.get(y));
                    }
                }
            }
        }
        return sets;
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }
}
