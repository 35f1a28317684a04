package org.flowbench.detect;

/**
 * A suggested per-key threshold: the quiet maximum times the requested margin, rounded up to
 * 1, 2 or 5 times a power of ten; {@code ppsMargin} and {@code bpsMargin} are what the rounded
 * thresholds actually leave above the quiet maximum.
 */
public record Suggestion(AlertKey key, long quietWindows, Baseline pps, Baseline bps, double suggestedPps,
                         double suggestedBps, double ppsMargin, double bpsMargin) {
}
