package org.flowbench.ingest.live;

/** A capture could not start: no libpcap, no such interface, no permission, a bad filter. */
public final class CaptureException extends Exception {
    /** Why, so that front ends can choose an exit code or a dialog. */
    public enum Reason { NO_LIBPCAP, NO_SUCH_INTERFACE, CANNOT_OPEN, BAD_FILTER, STORAGE }

    private final Reason reason;

    public CaptureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CaptureException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
