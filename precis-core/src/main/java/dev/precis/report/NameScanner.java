package dev.precis.report;

import dev.precis.text.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a fixed set of names in text as whole words (no letter or number just before or after),
 * leftmost first and, at one position, the longest name first: what one regular expression
 * alternating over every name finds, without trying every name at every character (the names are
 * looked up by their first character).
 */
final class NameScanner {
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();

    NameScanner(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : sorted) {
            byFirstChar.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
    }

    boolean isEmpty() {
        return byFirstChar.isEmpty();
    }

    /** The names found in the text, in order, none overlapping. */
    List<String> find(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String> candidates = byFirstChar.get(text.charAt(i));
            String found = null;
            if (candidates != null && (i == 0 || !Words.letterOrNumber(text.codePointBefore(i)))) {
                for (String name : candidates) {
                    int end = i + name.length();
                    if (text.startsWith(name, i)
                            && (end == text.length() || !Words.letterOrNumber(text.codePointAt(end)))) {
                        found = name;
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i += found.length();
            } else {
                i++;
            }
        }
        return out;
    }
}
