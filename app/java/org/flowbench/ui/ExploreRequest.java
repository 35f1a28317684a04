package org.flowbench.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * A request, from another work area, to open Explore on some traffic: filter-language text
 * (blank for all traffic) and a time range [start, end), both optional to honour.
 *
 * @param origin what asked, for a title such as "alert host-flood 203.0.113.10"
 */
public record ExploreRequest(String filter, Instant start, Instant end, String origin) {
    public ExploreRequest {
        filter = filter == null ? "" : filter;
        origin = origin == null ? "" : origin;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
