package dev.precis.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * WordNet's irregular inflections ("children" → "child", "went" → "go"), which ROUGE-1.5.5 looks up
 * before stemming (its WordNet-2.0.exc.db, built from the four .exc lists; a later list overrides an
 * earlier one for the same word). The lists come from the WordNet 2.1 data in extJWNL's Maven
 * artifact: the closest release on Maven Central to the 2.0 lists ROUGE ships. Entries that 2.1
 * added and that measurably disagree with NIST's official ROUGE output are left out.
 */
final class WordNetExceptions {
    private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn21/";
    private static final String[] LISTS = {"adj.exc", "adv.exc", "noun.exc", "verb.exc"};
    /**
     * WordNet 2.1 additions absent from ROUGE's 2.0 database: with "offer" mapped to "off" (a
     * comparative of the adjective), 61 more DUC 2006 evaluation lines deviate from NIST's.
     */
    private static final java.util.Set<String> NOT_IN_WORDNET_2_0 = java.util.Set.of("offer");

    static final Map<String, String> BASE_FORMS = load();

    private WordNetExceptions() {}

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String list : LISTS) {
            try (InputStream in = WordNetExceptions.class.getResourceAsStream(ROOT + list)) {
                if (in == null) {
                    throw new IllegalStateException("WordNet exception list " + list + " missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 2 && !NOT_IN_WORDNET_2_0.contains(fields[0])) {
                        map.put(fields[0], fields[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
