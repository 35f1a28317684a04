package org.flowbench.query;

/** A statement the read-only SQL console will not run, with the reason. */
public final class SqlRefusedException extends Exception {
    public SqlRefusedException(String message) {
        super(message);
    }
}
