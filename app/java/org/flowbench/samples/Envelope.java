package org.flowbench.samples;

/**
 * An attack's rate over time: linear ramp up, plateau, linear ramp down, zero outside. Counts
 * per slice are the integral of the rate plus a random fraction, so totals follow the shape
 * without every second looking the same.
 */
public record Envelope(long startMicros, long rampUpMicros, long plateauMicros, long rampDownMicros, double peakPerSecond) {

    public static Envelope seconds(int start, int rampUp, int plateau, int rampDown, double peakPerSecond) {
        return new Envelope(start * 1_000_000L, rampUp * 1_000_000L, plateau * 1_000_000L,
                rampDown * 1_000_000L, peakPerSecond);
    }

    public long endMicros() {
        return startMicros + rampUpMicros + plateauMicros + rampDownMicros;
    }

    /** Rate relative to the peak at {@code t} (0..1). */
    public double level(long t) {
        long x = t - startMicros;
        if (x < 0 || t >= endMicros()) return 0;
        if (x < rampUpMicros) return (double) x / rampUpMicros;
        x -= rampUpMicros;
        if (x < plateauMicros) return 1;
        x -= plateauMicros;
        return 1 - (double) x / rampDownMicros;
    }

    /** How many events fall in [from, to): the integral (trapezoid), rounded at random. */
    public int count(long from, long to, SeededRandom random) {
        double expected = (level(from) + level(Math.min(to, endMicros()) - 1)) / 2
                * (Math.min(to, endMicros()) - from) / 1e6 * peakPerSecond;
        if (expected <= 0) return 0;
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }
}
