package dev.precis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, trained on web and news English),
 * shipped in Maven artifacts on the classpath and loaded once. Nothing is downloaded.
 */
final class Models {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private Models() {}

    static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    /** Loaded on first use only: just the story report needs part-of-speech tags. */
    static final class PartsOfSpeech {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
