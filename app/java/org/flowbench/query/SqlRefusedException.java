package org.flowbench.query;

/** A statement the read-only SQL console will not run, with the reason. */
public final class SqlRefusedException extends QueryException {
    public SqlRefusedException(String message) {
        super(message);
    }
}
