package dev.precis.spark;

import dev.precis.model.Problem;
import java.io.Serializable;

/**
 * An input, or a part of one, the job could not use, and why: a row of the errors output.
 *
 * @param input  the file (with line or entry where the reader names one) or article id
 * @param reason what was wrong, for a person to read
 */
public record Rejected(String input, String reason) implements Serializable {
    static Rejected of(Problem p) {
        return new Rejected(p.printableName(), p.reason());
    }
}
