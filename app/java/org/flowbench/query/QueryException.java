package org.flowbench.query;

/** A user-written query that failed (syntax, unknown column, ...) or was refused; the message says why. */
public class QueryException extends Exception {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
