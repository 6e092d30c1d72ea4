package dev.precis.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing what is not text. UTF-8 (with or without BOM) and
 * UTF-16 with a BOM are read as such; bytes that are not valid UTF-8 but read cleanly as
 * Windows-1252 (the usual "Latin-1" web page) are accepted with a warning; binary data is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and, when the encoding had to be guessed, a warning for the user. */
    public record Decoded(String text, String warning) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new Decoded(strict(bytes, StandardCharsets.UTF_16, "UTF-16"), null);
        }
        if (looksBinary(bytes)) {
            throw new BadInputException("binary file (not text)");
        }
        try {
            String text = strictOrThrow(bytes, StandardCharsets.UTF_8);
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
        } catch (CharacterCodingException e) {
            String text = strict(bytes, WINDOWS_1252, "UTF-8 or Windows-1252");
            if (controlRatio(text) > 0.01) {
                throw new BadInputException("undecodable text: neither UTF-8 nor Windows-1252");
            }
            return new Decoded(text, "not valid UTF-8; read as Windows-1252");
        }
    }

    private static String strict(byte[] bytes, Charset charset, String name) throws BadInputException {
        try {
            return strictOrThrow(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new BadInputException("undecodable text: not valid " + name);
        }
    }

    private static String strictOrThrow(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** NUL bytes or many control characters in the first 8 KiB mean binary data. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static double controlRatio(String text) {
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c))
                .count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }
}
