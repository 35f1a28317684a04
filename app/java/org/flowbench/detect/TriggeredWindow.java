package org.flowbench.detect;

import java.time.Instant;
import java.util.Map;

/** A window whose metrics met the trigger condition, with the metrics the rule computed. */
public record TriggeredWindow(Instant start, Instant end, Map<Metric, Double> values) {
    public TriggeredWindow {
        values = Map.copyOf(values);
    }

    public double bps() { return values.getOrDefault(Metric.BPS, 0.0); }

    public double pps() { return values.getOrDefault(Metric.PPS, 0.0); }
}
