package dev.precis.text;

/**
 * An amount stated in a sentence: "more than 300,000 people", "ninety minutes", "hundreds of
 * thousands of civilians". Bounds are in the unit's base (minutes for durations).
 *
 * @param phrase the words as written
 * @param low    smallest value the phrase allows
 * @param high   largest value the phrase allows (infinite for "more than ...")
 * @param unit   the family of what is counted: "people", "duration", "money", "percent", or the noun
 * @param noun   the counted word as written, lower case ("people", "civilians", "minutes")
 * @param start  character offset of the phrase in the sentence
 */
public record Quantity(String phrase, double low, double high, String unit, String noun, int start) {
    /** Two phrases state the same amount: the same bounds, give or take 2% ("90" and "ninety"). */
    public boolean sameAs(Quantity o) {
        return close(low, o.low) && close(high, o.high);
    }

    /** Two phrases' ranges meet, give or take 2%: "nearly 300" and "290 people" can both be true. */
    public boolean overlaps(Quantity o) {
        return low <= o.high * 1.02 && o.low <= high * 1.02;
    }

    /**
     * The value the phrase stands for when set beside another: its stated bound for "more than
     * 300" or "nearly 300" (300, not infinity or zero), the middle of a range on a log scale
     * ("hundreds of thousands": about 450,000).
     */
    public double typical() {
        if (Double.isInfinite(high)) {
            return low;
        }
        if (low <= 0) {
            return high;
        }
        return Math.sqrt(low * high);
    }

    private static boolean close(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
    }
}
