package org.flowbench.query;

import java.time.Instant;

/** Picks a chart bucket length from a list of round values, so buckets fall on round times. */
public final class BucketSize {
    private BucketSize() {}

    private static final long[] SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
            21600, 43200, 86400};

    /** The smallest round length giving at most {@code maxPoints} epoch-aligned buckets over [first, last]. */
    public static long choose(Instant first, Instant last, int maxPoints) {
        if (maxPoints < 1) throw new IllegalArgumentException("maxPoints must be at least 1, got " + maxPoints);
        long a = first.getEpochSecond(), b = last.getEpochSecond();
        for (long s : SECONDS) {
            if (buckets(a, b, s) <= maxPoints) return s;
        }
        long days = 2;
        while (buckets(a, b, days * 86400) > maxPoints) days *= 2;
        return days * 86400;
    }

    public static long buckets(long firstSecond, long lastSecond, long size) {
        return Math.floorDiv(lastSecond, size) - Math.floorDiv(firstSecond, size) + 1;
    }
}
