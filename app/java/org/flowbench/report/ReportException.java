package org.flowbench.report;

/** A report could not be built or written; the message says why, for people. */
public final class ReportException extends Exception {
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
