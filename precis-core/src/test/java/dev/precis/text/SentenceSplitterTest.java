package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(
                List.of(
                        "U.S. Secretary of State John Kerry met his counterpart on Sept. 4 in Hangzhou.",
                        "They did not agree."),
                splitter.split(
                        "U.S. Secretary of State John Kerry met his counterpart on Sept. 4 in Hangzhou. They did not agree."));
        assertEquals(
                1,
                splitter.split("Gen. Smith and Dr. Jones arrived at 10 a.m. on Monday.")
                        .size());
    }

    @Test
    void quotationsStayWithTheirSpeaker() {
        assertEquals(
                List.of("“We’re not there yet,” Obama said on the sidelines of the summit.", "Talks continue."),
                splitter.split("“We’re not there yet,” Obama said on the sidelines of the summit. Talks continue."));
        assertEquals(
                1,
                splitter.split("Asked about the mood, Peskov said, “It went well. Work will continue.”")
                        .size(),
                "a quotation running over two sentences is one statement");
    }

    @Test
    void aMiddleInitialIsNotTheEndOfASentence() {
        assertEquals(
                1,
                splitter.split(
                                "The plane crashed shortly after taking off from John F. Kennedy International Airport on Monday.")
                        .size());
        assertEquals(
                1,
                splitter.split("Lt. Col. Hugo Chavez led the failed coup in 1992, officials said.")
                        .size());
        assertEquals(
                1,
                splitter.split("Drugs were sent last week, said acting superintendent J. O. Ogato in Kisii on Friday.")
                        .size(),
                "two initials");
        assertEquals(
                2,
                splitter.split("The talks were led by Sergey V. Lavrov. He did not comment.")
                        .size(),
                "a sentence after a name with an initial still starts");
        assertEquals(
                1,
                splitter.split(
                                "In May, after R. Allen Haywood, the editor of the weekly, saw the article, he wrote to the county.")
                        .size(),
                "an initial after a function word opens a name");
        assertEquals(
                2,
                splitter.split("The juice is rich in vitamin C. Researchers at the harbour clinic disagree.")
                        .size(),
                "a letter ending a sentence after a content word");
    }

    @Test
    void ordinarySentencesSplit() {
        assertEquals(
                3,
                splitter.split("The talks failed. Officials left Hangzhou. A new round is planned.")
                        .size());
    }
}
