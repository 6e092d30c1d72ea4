package dev.precis.model;

import java.util.List;

/**
 * Words a source puts in someone's mouth, merged across the sources that carry them.
 *
 * @param text      the quotation (the longest rendering when sources differ slightly)
 * @param speaker   who said it: an entity's canonical name, or the description the source gives
 *                  ("a senior US official") when the speaker is not named
 * @param named     whether {@code speaker} is a named entity of the report
 * @param documents indexes of the documents that carry the quote
 */
public record Quote(String text, String speaker, boolean named, List<Integer> documents) {
    public Quote {
        documents = List.copyOf(documents);
    }
}
