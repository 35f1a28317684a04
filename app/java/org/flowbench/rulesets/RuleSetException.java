package org.flowbench.rulesets;

/** A stored rule set that cannot be saved, found or read; {@link #reason()} says which, the message says why. */
public final class RuleSetException extends Exception {
    public enum Reason {
        /** The text does not parse as its kind's rule file; the message is the parser's. */
        INVALID,
        /** Another set of the same kind has the name and overwriting was not asked for. */
        NAME_TAKEN,
        NOT_FOUND,
        /** The workspace could not be read or written. */
        STORAGE
    }

    private final Reason reason;

    public RuleSetException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
