package dev.precis.text;

import java.util.List;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (PROPN, NOUN, VERB, ...) for a sentence's tokens, by
 * OpenNLP's maximum-entropy tagger trained on the English Web Treebank (the same corpus as the
 * sentence and token models, shipped in {@code opennlp-models-pos-en}).
 */
public final class PartOfSpeech {
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.PartsOfSpeech.MODEL));

    public List<String> tag(List<String> tokens) {
        return List.of(tagger.get().tag(tokens.toArray(String[]::new)));
    }
}
