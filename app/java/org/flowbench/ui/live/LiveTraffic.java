package org.flowbench.ui.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.flowbench.query.TrafficPoint;

/**
 * Turns the cumulative packets and bytes of successive samples into bps and pps points and
 * keeps those of the last {@code keep}; rates divide by the time between the samples, so a
 * late tick yields the right rate rather than a spike.
 */
final class LiveTraffic {
    /** Samples closer than this give no point: the division would magnify a counter's jitter. */
    private static final Duration MIN_STEP = Duration.ofMillis(200);

    private final Duration keep;
    private final ArrayDeque<TrafficPoint> points = new ArrayDeque<>();
    private LiveSample last;

    LiveTraffic(Duration keep) {
        this.keep = keep;
    }

    void reset() {
        points.clear();
        last = null;
    }

    /** Adds the rate since the previous sample, if any; returns whether a point was added. */
    boolean add(LiveSample sample) {
        if (last == null) {
            last = sample;
            return false;
        }
        Duration step = Duration.between(last.at(), sample.at());
        if (step.compareTo(MIN_STEP) < 0) return false;
        double seconds = step.toNanos() / 1e9;
        double bps = Math.max(0, sample.bytes() - last.bytes()) * 8 / seconds;
        double pps = Math.max(0, sample.packets() - last.packets()) / seconds;
        points.addLast(new TrafficPoint(sample.at(), bps, pps));
        last = sample;
        Instant oldest = sample.at().minus(keep);
        while (!points.isEmpty() && points.peekFirst().bucketStart().isBefore(oldest)) points.removeFirst();
        return true;
    }

    /** The points of the last {@code window} before {@code now}, oldest first. */
    List<TrafficPoint> within(Duration window, Instant now) {
        Instant from = now.minus(window);
        return points.stream().filter(p -> !p.bucketStart().isBefore(from)).toList();
    }
}
