package org.flowbench.flowspec.impact;

import java.time.Instant;

/** A half-open time range [from, to); a null end is open. */
public record TimeWindow(Instant from, Instant to) {
    public static final TimeWindow ALL = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("the time range ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
