package dev.precis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** Groups items in one pass: each joins the first group it {@code belongs} to, or starts its own. */
final class Grouping {
    private Grouping() {}

    /**
     * @param belongs whether an item may join a group (given as its members so far, first first)
     */
    static <T> List<List<T>> firstFit(List<T> items, BiPredicate<List<T>, T> belongs) {
        List<List<T>> groups = new ArrayList<>();
        for (T item : items) {
            List<T> home = null;
            for (List<T> g : groups) {
                if (belongs.test(g, item)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(item);
        }
        return groups;
    }
}
