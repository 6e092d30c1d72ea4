package dev.precis.spark;

import java.io.Serializable;

/** A {@link Rejected} input as a bean, so that Spark writes it as a row {@code {"input", "reason"}}. */
public final class RejectedRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String input;
    private String reason;

    public RejectedRow() {}

    static RejectedRow of(Rejected r) {
        RejectedRow row = new RejectedRow();
        row.input = r.input();
        row.reason = r.reason();
        return row;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
