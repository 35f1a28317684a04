package org.flowbench.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * A request, from another work area, to generate mitigation rules: the victim (an address or
 * prefix, as Mitigate's victim field reads it) and the attack's time range [start, end).
 *
 * @param origin what asked, for the Mitigate status line, e.g. "alert udp-flood 203.0.113.10"
 */
public record MitigateRequest(String victim, Instant start, Instant end, String origin) {
    public MitigateRequest {
        Objects.requireNonNull(victim, "victim");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        origin = origin == null ? "" : origin;
        if (!start.isBefore(end)) throw new IllegalArgumentException("the attack range must start before it ends");
    }
}
