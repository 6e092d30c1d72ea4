package dev.precis.analyze;

import dev.precis.ingest.Paragraphs;
import dev.precis.model.AnalyzedDocument;
import dev.precis.model.Corpus;
import dev.precis.model.Document;
import dev.precis.model.Sentence;
import dev.precis.text.PartOfSpeech;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Terms;
import dev.precis.text.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Pipeline stage: splits each cleaned document into sentences, tokens and content terms, once,
 * for every later stage to share; part-of-speech tags are left to be computed when a stage first
 * asks a sentence for them. Documents are analysed in parallel.
 */
public final class Analyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final Terms terms = new Terms();
    private final PartOfSpeech tagger = new PartOfSpeech();

    public Corpus analyze(List<Document> documents) {
        List<AnalyzedDocument> analysed = IntStream.range(0, documents.size())
                .parallel()
                .mapToObj(i -> analyze(i, documents.get(i)))
                .toList();
        return new Corpus(analysed);
    }

    public AnalyzedDocument analyze(int docIndex, Document document) {
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> shortened = new ArrayList<>();
        String[] paragraphs = Paragraphs.of(document.body());
        for (int p = 0; p < paragraphs.length; p++) {
            if (paragraphs[p].isBlank()) {
                continue;
            }
            for (String text : splitter.split(paragraphs[p].strip())) {
                String shorter = Compression.shorten(text);
                if (!shorter.equals(text)) {
                    shortened.add(sentence(docIndex, sentences.size(), p, shorter));
                }
                sentences.add(sentence(docIndex, sentences.size(), p, text));
            }
        }
        List<String> headline = document.title() == null ? List.of() : termsOf(document.title());
        return new AnalyzedDocument(document, sentences, shortened, headline);
    }

    /** Analyses free text (a query, a reference) the same way sentences are analysed. */
    public List<String> termsOf(String text) {
        return terms.contentTerms(tokenizer.tokenize(text));
    }

    private Sentence sentence(int doc, int index, int paragraph, String text) {
        List<String> tokens = tokenizer.tokenize(text);
        Terms.Analysis words = terms.analyse(tokens);
        return new Sentence(
                doc, index, paragraph, text, words.tokens(), words.stems(), words.contentTerms(), tagger::tag);
    }
}
