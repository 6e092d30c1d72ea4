package dev.precis.report;

import java.util.List;

import dev.precis.model.Sentence;

/** A sentence with the part-of-speech tag of each of its tokens. */
record TaggedSentence(Sentence sentence, List<String> tags) {
    List<String> tokens() {
        return sentence.tokens();
    }

    int doc() {
        return sentence.doc();
    }

    String token(int i) {
        return sentence.tokens().get(i);
    }

    /** The tag of token i; a fused possessive ("Blair's", PROPN+PART) counts as its first part. */
    String tag(int i) {
        String t = tags.get(i);
        int plus = t.indexOf('+');
        return plus > 0 ? t.substring(0, plus) : t;
    }

    int size() {
        return tags.size();
    }
}
