package dev.precis.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into text, refusing what is not text. UTF-8 (with or without BOM) and
 * UTF-16 with a BOM are read as such; text that is not UTF-8 in the encoding its page declares
 * (GB18030, Shift_JIS, ISO-8859-2, ...) when it decodes cleanly in it; UTF-8 with a few invalid bytes keeps its text with those
 * replaced, and single-byte text reads as Windows-1252 (the usual "Latin-1" web page), each with a
 * notice; binary data is refused (JSON Lines are left to be judged line by line).
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A page declares its encoding near its start; pages saved by archives push it a little down. */
    private static final int DECLARATION_BYTES = 16_384;

    private static final java.util.regex.Pattern DECLARATION =
            java.util.regex.Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([a-z0-9][a-z0-9_.:-]*)");

    /**
     * Decoded text and, when the encoding had to be guessed, a warning for the user. The text is in
     * Unicode's composed form (NFC): "mo\u0308glichst", typed with a combining mark, is "möglichst",
     * as readers, searches and the analysis expect.
     */
    public record Decoded(String text, String warning) {
        /**
         * Whether any character is U+0300 or above: below it every character is already in NFC
         * and combines with nothing, so most English text needs no normalisation check at all.
         */
        private static boolean mayNeedComposing(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= '\u0300') {
                    return true;
                }
            }
            return false;
        }

        public Decoded {
            if (mayNeedComposing(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
    }

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
        // JSON Lines are judged line by line: a line of binary junk must not cost the other lines.
        if (looksBinary(bytes) && !FormatDetector.startsLikeJson(bytes)) {
            throw new BadInputException("binary file (not text)");
        }
        try {
            return new Decoded(withoutBom(strictOrThrow(bytes, StandardCharsets.UTF_8)), null);
        } catch (CharacterCodingException e) {
            Charset declared = declaredCharset(bytes);
            if (declared != null) {
                try {
                    return new Decoded(strictOrThrow(bytes, declared), null);
                } catch (CharacterCodingException notThat) {
                    // the declaration is wrong: guess as for an undeclared page
                }
            }
            return lenient(bytes);
        }
    }

    /**
     * The encoding a page or feed declares in its first {@value #DECLARATION_BYTES} bytes ({@code
     * <meta charset>}, {@code http-equiv} content, an XML declaration), read as browsers do: the
     * Chinese "gb2312" label means its superset GB18030, Latin-1 labels mean Windows-1252. The
     * first label other than UTF-8 (which was tried) that Java knows, or null.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARATION.matcher(head);
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "gb2312", "gbk", "x-gbk", "chinese" -> name = "GB18030";
                case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii" -> name = "windows-1252";
                default -> {}
            }
            try {
                Charset charset = Charset.forName(name);
                if (!charset.equals(StandardCharsets.UTF_8)) { // UTF-8 was tried (a script tag's label)
                    return charset;
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown or empty label ("charset=" with the value elsewhere): look further
            }
        }
        return null;
    }

    /**
     * Text that is not valid UTF-8: UTF-8 with a few bad bytes keeps its text, the bad bytes replaced;
     * text that is entirely single-byte reads as Windows-1252; either way with a notice, never lost.
     */
    private static Decoded lenient(byte[] bytes) throws BadInputException {
        String replaced = withoutBom(new String(bytes, StandardCharsets.UTF_8));
        long bad = replaced.chars().filter(c -> c == '\uFFFD').count();
        boolean someUtf8 = replaced.chars().anyMatch(c -> c > 0x7F && c != '\uFFFD');
        if (!someUtf8) {
            try {
                String text = strictOrThrow(bytes, WINDOWS_1252);
                if (controlRatio(text) <= 0.01) {
                    return new Decoded(text, "not valid UTF-8; read as Windows-1252");
                }
            } catch (CharacterCodingException e) {
                // not Windows-1252 either: keep the UTF-8 reading below
            }
        }
        if (bad > Math.max(16, replaced.length() / 20)) {
            throw new BadInputException("undecodable text: neither UTF-8 nor Windows-1252");
        }
        return new Decoded(replaced, bad + " byte(s) that are not valid UTF-8 replaced with \uFFFD");
    }

    /** The bytes without a UTF-8 sequence cut off at their end (a file read only in part). */
    static byte[] withoutCutCharacter(byte[] bytes) {
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for the lead byte
            }
            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? java.util.Arrays.copyOf(bytes, end - back) : bytes;
        }
        return bytes;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
