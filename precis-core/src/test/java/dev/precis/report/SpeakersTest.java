package dev.precis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.model.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which two sentences report one speaker's words (sentences written for this test). */
class SpeakersTest {
    private static Sentence sentence(String text) {
        return OneSentence.of(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mayor Anna Holm said on Tuesday that the bridge would reopen.|The repairs will cost $4 million, Holm told reporters.|true",
                "Holm acknowledged on Tuesday that the repairs were late.|In a letter urging calm, Holm asked residents to wait.|true",
                // no speech in one of them: a name in common is not a statement in common
                "Mayor Anna Holm said on Tuesday that the bridge would reopen.|Holm visited the harbour bridge with engineers.|false",
                // only the day in common
                "Police said on Tuesday that a ferry ran aground.|The harbour board said on Tuesday that rents would rise.|false",
            })
    void sameSpeaker(String a, String b, boolean same) {
        assertEquals(same, Speakers.same(sentence(a), sentence(b)), a + " / " + b);
    }
}
