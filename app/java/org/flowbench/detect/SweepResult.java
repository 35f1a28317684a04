package org.flowbench.detect;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A sweep's points in axis order (the second axis varying fastest in a grid). */
public record SweepResult(List<SweepAxis> axes, List<SweepPoint> points) {
    /**
     * How points rank when a user wants "every attack with the fewest false alarms": more attacks
     * detected first, then fewer alert minutes outside the attacks, then fewer false alerts, then
     * fewer alerts in all; ties keep the earlier point (the lower thresholds).
     */
    public static final Comparator<SweepPoint> BEST_FIRST = Comparator
            .comparingInt((SweepPoint p) -> -p.score().detected())
            .thenComparingDouble(p -> p.score().alertMinutesOutside())
            .thenComparingInt(p -> p.score().falseAlerts())
            .thenComparingInt(SweepPoint::alerts);

    public SweepResult {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
    }

    /** The best point by {@link #BEST_FIRST}; empty without attack incidents to score against. */
    public Optional<SweepPoint> best() {
        SweepPoint best = null;
        for (SweepPoint p : points) {
            if (p.score() == null || p.score().attacks() == 0) return Optional.empty();
            if (best == null || BEST_FIRST.compare(p, best) < 0) best = p;
        }
        return Optional.ofNullable(best);
    }
}
