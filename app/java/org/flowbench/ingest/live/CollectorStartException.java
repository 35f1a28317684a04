package org.flowbench.ingest.live;

/** A collector session could not start: an address could not be bound, or its dataset not created. */
public final class CollectorStartException extends Exception {
    public CollectorStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
