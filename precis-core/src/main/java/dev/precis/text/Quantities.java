package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts in digits or words, with their hedges, and what they count: "as many as a
 * half-million people" is at most 500,000 people; "more than 300,000 people" at least 300,000;
 * "hundreds of thousands" between 100,000 and a million; "ninety minutes" equals "90 minutes";
 * "an hour-long meeting" lasted 60 minutes.
 */
public final class Quantities {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES =
            Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9);
    /** Vague amounts as ranges ("hundreds of thousands": 1e5 to 1e6), from {@code vague-amounts.tsv}. */
    private static final Map<String, double[]> VAGUE = vagueAmounts();

    private static final Map<String, Double> MINUTES =
            Map.of("minute", 1.0, "hour", 60.0, "day", 1440.0, "week", 10080.0, "month", 43200.0, "year", 525600.0);
    private static final Set<String> PEOPLE = Set.of(
            "people",
            "persons",
            "person",
            "civilians",
            "civilian",
            "dead",
            "deaths",
            "lives",
            "refugees",
            "children",
            "women",
            "men",
            "soldiers",
            "troops",
            "fighters",
            "residents",
            "casualties",
            "victims",
            "migrants",
            "protesters",
            "workers",
            "students",
            "passengers",
            "aboard", // "killing all 217 aboard"
            "patients",
            "inhabitants",
            "individuals",
            "militants",
            "rebels",
            "officers",
            "members",
            "voters",
            "prisoners",
            "hostages",
            "journalists");

    private static final String WORD_NUMBER =
            "(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                    + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:[- ](?:hundred|thousand|million|billion))*|dozen)";
    private static final String DIGITS =
            "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:[- ](?:hundred|thousand|million|billion))?";
    private static final String HALF = "(?:(?:a|one)[- ])?half[- ](?:a[- ])?(?:million|billion)";
    private static final String VAGUE_WORDS =
            "(?:hundreds of thousands|tens of thousands|hundreds|thousands|millions|dozens|scores)";
    private static final String HEDGE =
            "(?:more than|over|at least|nearly|almost|about|around|some|as many as|up to|fewer than"
                    + "|less than|roughly|approximately|an estimated|close to|well over)";
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}$,.])(?:(?<hedge>" + HEDGE
            + ")\\s+)?(?<dollar>\\$\\s?)?(?<num>" + HALF + "|" + VAGUE_WORDS + "|" + DIGITS + "|" + WORD_NUMBER + ")\\b"
            + "(?:\\s*(?<pct>%|percent|per cent))?"
            + "(?<compound>(?:-(?<time>minute|hour|day|week|month|year)s?(?:-long)?|\\s+(?<spaced>minute|hour|day|week|month|year)-long)\\b(?!-old))?"
            + "(?:\\s+of)?(?:\\s+(?<w1>[A-Za-z][A-Za-z-]*))?(?:\\s+(?<w2>[A-Za-z][A-Za-z-]*))?");

    private Quantities() {}

    /** The amounts stated in a sentence, in the order they appear. */
    public static List<Quantity> find(String sentence) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            Quantity q = quantity(m);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private static Quantity quantity(Matcher m) {
        String hedge = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT);
        boolean dollars = m.group("dollar") != null;
        String number = m.group("num").toLowerCase(Locale.ROOT);
        String time = m.group("time") != null ? m.group("time") : m.group("spaced"); // "90-minute", "an hour-long"
        if (m.group("compound") == null
                && m.end("num") < m.end()
                && sentenceAt(m).startsWith("-year-old")) {
            return null; // an age
        }
        if (number.matches("a|an|one|dozen") && time == null) {
            return null; // "a deal", "one of them"; but "an hour-long meeting" counts
        }
        if (number.matches("(19|20)\\d{2}") && m.group("pct") == null && !dollars) {
            return null; // a year
        }
        double low;
        double high;
        double[] vague = VAGUE.get(number);
        if (vague != null) {
            low = vague[0];
            high = vague[1];
        } else {
            Double v = value(number);
            if (v == null) {
                return null;
            }
            low = v;
            high = v;
        }
        String unit;
        String counted;
        int end;
        if (m.group("pct") != null) {
            counted = "percent";
            unit = "percent";
            end = m.end("pct");
        } else if (dollars) {
            counted = "dollars";
            unit = "money";
            end = m.end("num");
        } else if (time != null) {
            counted = time.toLowerCase(Locale.ROOT);
            unit = "duration";
            double minutes = MINUTES.get(time.toLowerCase(Locale.ROOT));
            low *= minutes;
            high *= minutes;
            end = m.end("compound");
        } else {
            String first = m.group("w1");
            String second = m.group("w2");
            String noun = nounOf(first, second);
            if (noun == null) {
                return null;
            }
            String n = noun.toLowerCase(Locale.ROOT);
            counted = n;
            String singular = n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
            if (MINUTES.containsKey(singular)) {
                unit = "duration";
                low *= MINUTES.get(singular);
                high *= MINUTES.get(singular);
            } else if (PEOPLE.contains(n) || Character.isUpperCase(noun.charAt(0)) && n.endsWith("ns")) {
                unit = "people"; // "millions of Syrians"
            } else if (n.equals("dollars")) {
                unit = "money";
            } else if (low >= 10 || vague != null) {
                unit = singular;
            } else {
                return null; // "two leaders", "three attempts": small counts are not figures worth comparing
            }
            end = noun.equals(first) ? m.end("w1") : m.end("w2");
        }
        switch (hedge) {
            case "more than", "over", "at least", "well over" -> high = Double.POSITIVE_INFINITY;
            case "nearly", "almost", "as many as", "up to", "fewer than", "less than", "close to" -> low = 0;
            default -> {}
        }
        return new Quantity(m.group().substring(0, end - m.start()).strip(), low, high, unit, counted, m.start());
    }

    private static String sentenceAt(Matcher m) {
        return m.group().substring(m.end("num") - m.start());
    }

    /** The counted noun: the word after the number, or the one after an adjective ("300,000 Syrian refugees"). */
    private static String nounOf(String first, String second) {
        if (first == null) {
            return null;
        }
        String f = first.toLowerCase(Locale.ROOT);
        if (PEOPLE.contains(f)
                || MINUTES.containsKey(f.endsWith("s") ? f.substring(0, f.length() - 1) : f)
                || f.equals("dollars")) {
            return first;
        }
        if (second != null) {
            String s = second.toLowerCase(Locale.ROOT);
            if (PEOPLE.contains(s) || MINUTES.containsKey(s.endsWith("s") ? s.substring(0, s.length() - 1) : s)) {
                return second;
            }
        }
        return f.endsWith("s") && f.length() > 3 ? first : null;
    }

    /** 300,000 / 1.5 million / ninety / twenty-five thousand / a half-million. */
    public static Double value(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", "").strip();
        if (t.matches(HALF)) {
            return 0.5 * (t.endsWith("billion") ? 1e9 : 1e6);
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String w : t.split("[- ]+")) {
            if (w.matches("\\d+(\\.\\d+)?")) {
                current += Double.parseDouble(w);
                any = true;
            } else if (UNITS.containsKey(w)) {
                current += UNITS.get(w);
                any = true;
            } else if (SCALES.containsKey(w)) {
                double scale = SCALES.get(w);
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1e3) {
                    total += current;
                    current = 0;
                }
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }

    private static Map<String, double[]> vagueAmounts() {
        Map<String, double[]> out = new java.util.HashMap<>();
        for (String[] row : WordLists.table("vague-amounts.tsv", 3)) {
            out.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        return Map.copyOf(out);
    }
}
