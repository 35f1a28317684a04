package org.flowbench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Round instants for a time axis (14:02:00, 14:03:00 rather than 14:01:24): the smallest step of
 * 1-2-5-10-15-30 seconds, minutes or hours (or days) that gives at most {@code max} ticks,
 * aligned on multiples of that step since the epoch, so a reader can read the axis at a glance.
 */
final class TimeTicks {
    private static final long[] STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
            21600, 43200, 86400, 2 * 86400, 7 * 86400};

    private TimeTicks() {}

    static List<Instant> between(Instant from, Instant to, int max) {
        long a = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
        long z = to.getEpochSecond();
        if (z < a) return List.of(from);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if ((z - Math.floorDiv(a + s - 1, s) * s) / s + 1 <= max) {
                step = s;
                break;
            }
        }
        List<Instant> out = new ArrayList<>();
        for (long t = Math.floorDiv(a + step - 1, step) * step; t <= z; t += step) out.add(Instant.ofEpochSecond(t));
        return out;
    }
}
