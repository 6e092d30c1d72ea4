package dev.precis.ingest;

/** Raised when one input cannot be read; its message is the one-line reason shown to the user. */
public class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }
}
