package org.flowbench.flowspec.impact;

/** A simulation that could not run: the workspace failed, or the rules cannot be simulated on this data. */
public class ImpactException extends Exception {
    public ImpactException(String message) {
        super(message);
    }

    public ImpactException(String message, Throwable cause) {
        super(message, cause);
    }
}
