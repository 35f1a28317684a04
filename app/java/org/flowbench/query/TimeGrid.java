package org.flowbench.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of a series: {@code buckets} steps of {@code stepSeconds} from {@code origin},
 * covering the range [from, to). The origin is {@code from} rounded down to a multiple of the
 * step since the epoch, so buckets fall on round times; the first and last bucket may stick out
 * of the range, and a rate in them is divided by the seconds they share with the range only.
 */
public record TimeGrid(Instant from, Instant to, Instant origin, long stepSeconds, int buckets) {

    /** The grid for [from, to) with a given step, or an automatic one when {@code step} is null. */
    static TimeGrid of(Instant from, Instant to, Duration step) {
        long stepSeconds;
        if (step == null) {
            // BucketSize counts buckets over [first second, last second]
            long lastSecond = ceilSeconds(to) - 1;
            stepSeconds = BucketSize.choose(Instant.ofEpochSecond(from.getEpochSecond()),
                    Instant.ofEpochSecond(Math.max(lastSecond, from.getEpochSecond())), QuerySpec.MAX_AUTO_POINTS);
        } else {
            stepSeconds = step.getSeconds();
        }
        Instant origin = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), stepSeconds) * stepSeconds);
        long span = ceilSeconds(to) - origin.getEpochSecond();
        long n = Math.max(1, (span + stepSeconds - 1) / stepSeconds);
        if (n > QuerySpec.MAX_BUCKETS) {
            throw new IllegalArgumentException("a step of " + stepSeconds + " s gives " + n + " buckets over "
                    + from + " .. " + to + "; at most " + QuerySpec.MAX_BUCKETS + " (choose a longer step)");
        }
        return new TimeGrid(from, to, origin, stepSeconds, (int) n);
    }

    /** The same buckets {@code shift} earlier, for the previous-period overlay. */
    TimeGrid shiftedBack(Duration shift) {
        return new TimeGrid(from.minus(shift), to.minus(shift), origin.minus(shift), stepSeconds, buckets);
    }

    public Duration step() { return Duration.ofSeconds(stepSeconds); }

    public Instant bucketStart(int i) { return origin.plusSeconds(i * stepSeconds); }

    public List<Instant> bucketStarts() {
        List<Instant> out = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) out.add(bucketStart(i));
        return out;
    }

    /** Seconds bucket {@code i} shares with [from, to): the step, except where the range cuts it. */
    public double coveredSeconds(int i) {
        Instant start = bucketStart(i), end = start.plusSeconds(stepSeconds);
        Instant a = start.isBefore(from) ? from : start, b = end.isAfter(to) ? to : end;
        return Math.max(0, Duration.between(a, b).toNanos() / 1e9);
    }

    /** Length of the range in seconds. */
    public double rangeSeconds() {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    /** Whether from and to fall on whole seconds (rollups per second then answer exactly). */
    boolean wholeSeconds() {
        return from.getNano() == 0 && to.getNano() == 0;
    }

    private static long ceilSeconds(Instant t) {
        return t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
    }
}
