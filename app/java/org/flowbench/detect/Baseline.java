package org.flowbench.detect;

/** Percentiles of one metric over a key's quiet windows (those with traffic). */
public record Baseline(double p50, double p95, double p99, double max) {
}
