package dev.precis.text;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;

/** Word tokens by OpenNLP's maximum-entropy tokenizer (English, UD EWT model). */
public final class WordTokenizer {
    private final ThreadLocal<TokenizerME> tokenizer =
            ThreadLocal.withInitial(() -> new TokenizerME(Models.Tokens.MODEL));

    public List<String> tokenize(String sentence) {
        return List.of(tokenizer.get().tokenize(sentence));
    }
}
