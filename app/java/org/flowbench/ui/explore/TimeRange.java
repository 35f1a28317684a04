package org.flowbench.ui.explore;

import java.time.Instant;
import org.flowbench.ui.common.TypedTime;

/** A time range of the Explore view; null ends mean "the datasets' span". */
public record TimeRange(Instant from, Instant to) {
    public static final TimeRange SPAN = new TimeRange(null, null);

    /** Reads a typed time: see {@link TypedTime#parse}. */
    public static Instant parse(String text) {
        return TypedTime.parse(text);
    }

    public static String format(Instant t) {
        return TypedTime.format(t);
    }
}
