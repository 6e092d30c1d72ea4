package dev.precis.model;

/** A document or file that could not be used, and why, in one line a user can act on. */
public record Problem(String name, String reason) {
    @Override
    public String toString() {
        return name + ": " + reason;
    }
}
