package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language a text is written in, by Apache OpenNLP's language detector (103 languages, the
 * {@code opennlp-models-langdetect} artifact; loaded on first use only, it is 10 MB), as an ISO 639-1
 * code ("en", "de") where one exists.
 */
public final class Languages {
    /** Shorter texts are not judged: a few words say too little. */
    static final int MIN_CHARS = 40;
    /**
     * The detector's scores are spread over 103 languages (a clear German sentence scores 0.17): a
     * language is given when it scores at least this many times the runner-up.
     */
    static final double MIN_MARGIN = 1.5;
    /** Enough text to judge by; the rest only costs time. */
    private static final int MAX_CHARS = 5_000;

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Languages() {}

    /** The text's language, or null when it is too short or the detector is unsure. */
    public static String detect(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language[] ranked = Model.DETECTOR.get().predictLanguages(sample);
        if (ranked.length == 0) {
            return null;
        }
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
            return null;
        }
        return TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> out = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                out.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form: nothing to map
            }
        }
        // OpenNLP's codes for macrolanguage members and terminology forms
        out.put("cmn", "zh");
        out.put("pes", "fa");
        out.put("zlm", "ms");
        out.put("ekk", "et");
        out.put("lvs", "lv");
        out.put("swh", "sw");
        out.put("nob", "nb");
        out.put("nno", "nn");
        return out;
    }

    private static final class Model {
        static final LanguageDetectorModel MODEL = load();
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model is missing from the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP language model", e);
            }
        }
    }
}
