package org.flowbench.detect;

/** A detection run that could not be done: a scope that does not compile, a database error. */
public final class DetectException extends Exception {
    public DetectException(String message, Throwable cause) {
        super(message, cause);
    }

    public DetectException(String message) {
        super(message);
    }
}
