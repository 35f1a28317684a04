package org.flowbench.flowspec.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.query.BucketSize;

/**
 * The before/after chart's points from a report's {@link ImpactReport#focus()}: that list holds
 * only the seconds with traffic to the victim, and a line drawn through it runs straight across
 * a quiet minute as if traffic had flowed. Here every step of the range gets a point (zero where
 * nothing was sent), and a long range is summed into round steps, about as many as Explore
 * draws, each point the mean rate over its step.
 */
public final class FocusSeries {
    /** As Explore: about one point per pixel of a chart's width. */
    public static final int MAX_POINTS = 1000;

    private FocusSeries() {}

    /**
     * @param perSecond the report's focus samples, one per second with traffic, in time order
     * @param first     the range's first second (the dataset's first), or null for the samples' own
     * @param last      the range's last second, or null for the samples' own
     * @return one sample per step from the step holding {@code first} to the one holding {@code last}:
     *         packets and bytes per second averaged over the step; empty when there is no range
     */
    public static List<FocusSample> plotted(List<FocusSample> perSecond, Instant first, Instant last, int maxPoints) {
        long a = earliest(perSecond, first), b = latest(perSecond, last);
        if (a == Long.MAX_VALUE || b == Long.MIN_VALUE || b < a) return List.of();
        long step = BucketSize.choose(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b), maxPoints);
        long origin = Math.floorDiv(a, step) * step;
        int n = (int) BucketSize.buckets(a, b, step);
        double[] before = new double[n * 2], after = new double[n * 2];
        for (FocusSample s : perSecond) {
            int i = (int) ((s.second().getEpochSecond() - origin) / step);
            before[2 * i] += s.before().packets();
            before[2 * i + 1] += s.before().bytes();
            after[2 * i] += s.after().packets();
            after[2 * i + 1] += s.after().bytes();
        }
        List<FocusSample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FocusSample(Instant.ofEpochSecond(origin + i * step),
                    new Volume(before[2 * i] / step, before[2 * i + 1] / step),
                    new Volume(after[2 * i] / step, after[2 * i + 1] / step)));
        }
        return out;
    }

    private static long earliest(List<FocusSample> samples, Instant bound) {
        long a = bound == null ? Long.MAX_VALUE : bound.getEpochSecond();
        return samples.isEmpty() ? a : Math.min(a, samples.get(0).second().getEpochSecond());
    }

    private static long latest(List<FocusSample> samples, Instant bound) {
        long b = bound == null ? Long.MIN_VALUE : bound.getEpochSecond();
        return samples.isEmpty() ? b : Math.max(b, samples.get(samples.size() - 1).second().getEpochSecond());
    }
}
