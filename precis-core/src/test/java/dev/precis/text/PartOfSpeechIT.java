package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.Precis;
import dev.precis.Shared;
import dev.precis.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

/**
 * The tagger's word-type rows give the tags the model's own context generator and classifier give,
 * token for token, on real sentences: the seeds and the articles of five DUC 2006 clusters.
 */
class PartOfSpeechIT {
    private final MaxentModel classifier = Models.PartsOfSpeech.MODEL.getArtifact("pos.model");
    private final SequenceValidator<String> allowed =
            Models.PartsOfSpeech.MODEL.getFactory().getSequenceValidator();
    private final POSContextGenerator context =
            Models.PartsOfSpeech.MODEL.getFactory().getPOSContextGenerator(0);

    /** Greedy decoding through OpenNLP's own feature strings and classifier: the reference. */
    private List<String> reference(List<String> tokens) {
        String[] words = tokens.toArray(String[]::new);
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(tags, i);
            double[] p = classifier.eval(context.getContext(i, words, before, null));
            Integer[] order = new Integer[p.length];
            for (int o = 0; o < p.length; o++) {
                order[o] = o;
            }
            Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
            tags[i] = classifier.getOutcome(order[0]);
            for (Integer o : order) {
                if (allowed.validSequence(i, words, before, classifier.getOutcome(o))) {
                    tags[i] = classifier.getOutcome(o);
                    break;
                }
            }
        }
        return List.of(tags);
    }

    @Test
    void sameTagsAsTheModelsOwnDecoding() {
        Precis precis = Precis.builder().build();
        List<java.nio.file.Path> inputs = new ArrayList<>(List.of(Shared.seeds()));
        for (String cluster : List.of("D0601A", "D0605E", "D0617H", "D0626H", "D0640E")) {
            inputs.add(Shared.duc2006().resolve("docs").resolve(cluster));
        }
        var corpus = precis.prepare(precis.ingestor().ingest(inputs).documents(), new ArrayList<>());
        PartOfSpeech tagger = new PartOfSpeech();
        int tokens = 0;
        for (Sentence s : corpus.sentences()) {
            assertEquals(reference(s.tokens()), tagger.tag(s.tokens()), s.text());
            tokens += s.tokens().size();
        }
        org.junit.jupiter.api.Assertions.assertTrue(tokens > 20_000, tokens + " tokens compared");
    }

    @Test
    void tagsASentenceAReaderWouldTagSo() {
        List<String> tags =
                new PartOfSpeech().tag(List.of("Obama", "met", "Putin", "in", "Hangzhou", "on", "Monday", "."));
        assertEquals(List.of("PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"), tags);
    }
}
