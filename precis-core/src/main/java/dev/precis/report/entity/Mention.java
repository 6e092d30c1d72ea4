package dev.precis.report.entity;

import dev.precis.model.Sentence;

/** One name as written in one sentence, with the evidence around it of what it names. */
final class Mention {
    final Sentence sentence;
    final String surface;
    /** The title or role written before the name, or null. */
    final String role;

    final NameKey key;
    /** Written after a person's title or a role noun. */
    boolean personCue;
    /** Next to a speech verb ("Kerry said"). */
    boolean speechCue;
    /** After a place preposition ("in Hangzhou"). */
    boolean placeCue;
    /** Followed by a word only organisations have ("EgyptAir officials"). */
    boolean organisationCue;

    Mention(Sentence sentence, String surface, String role, NameKey key) {
        this.sentence = sentence;
        this.surface = surface;
        this.role = role;
        this.key = key;
    }

    int doc() {
        return sentence.doc();
    }
}
