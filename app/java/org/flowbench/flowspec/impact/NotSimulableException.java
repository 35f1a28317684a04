package org.flowbench.flowspec.impact;

/**
 * A rule uses something the stored traffic does not record (the IPv6 flow label), so its
 * impact cannot be computed; the message names the rule and the component.
 */
public class NotSimulableException extends ImpactException {
    public NotSimulableException(String message) {
        super(message);
    }
}
