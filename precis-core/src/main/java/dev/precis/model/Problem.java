package dev.precis.model;

/**
 * Something about an input a user should know, in one line they can act on: an input (file, line,
 * entry, request) that could not be used and was skipped, or a notice about one that was used
 * anyway (read as Windows-1252, invalid bytes replaced, cut to its first characters).
 *
 * @param name   the input: file path, with line or entry number where relevant
 * @param reason what is wrong, never an internal (no class names, no SQL)
 * @param notice true when the input was used despite it; false when it was skipped
 */
public record Problem(String name, String reason, boolean notice) {
    /** An input that was skipped. */
    public Problem(String name, String reason) {
        this(name, reason, false);
    }

    /** An input that was used, with something worth saying about it. */
    public static Problem notice(String name, String reason) {
        return new Problem(name, reason, true);
    }

    /** The name as it may be printed on a terminal: control and bidirectional characters escaped. */
    public String printableName() {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
            if (Character.isISOControl(c) || bidi) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return printableName() + ": " + reason;
    }
}
