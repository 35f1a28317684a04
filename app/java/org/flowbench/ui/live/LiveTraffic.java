package org.flowbench.ui.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.flowbench.query.TrafficPoint;

/**
 * Turns the cumulative packets and bytes of successive samples into bps and pps points and
 * keeps those of the last {@code keep}. Each point is the average over the last
 * {@link #AVERAGE} (at least the previous sample), divided by the time the samples really lie
 * apart: the counters move when the decoder gets to a datagram, and a decoder that falls a
 * moment behind and catches up would otherwise draw a gap and a spike for steady traffic; the
 * average spreads them.
 */
final class LiveTraffic {
    /** Samples closer than this give no point: the division would magnify a counter's jitter. */
    private static final Duration MIN_STEP = Duration.ofMillis(200);

    static final Duration AVERAGE = Duration.ofSeconds(3);

    private final Duration keep;
    private final ArrayDeque<TrafficPoint> points = new ArrayDeque<>();
    private final ArrayDeque<LiveSample> recent = new ArrayDeque<>();

    LiveTraffic(Duration keep) {
        this.keep = keep;
    }

    void reset() {
        points.clear();
        recent.clear();
    }

    /** Adds the rate over the last samples, if there was one before; returns whether a point was added. */
    boolean add(LiveSample sample) {
        LiveSample previous = recent.peekLast();
        if (previous == null) {
            recent.addLast(sample);
            return false;
        }
        if (Duration.between(previous.at(), sample.at()).compareTo(MIN_STEP) < 0) return false;
        recent.addLast(sample);
        // keep the newest sample at least AVERAGE old as the base, and the previous one in any case
        while (recent.size() > 2 && !Duration.between(secondOf(recent), sample.at()).minus(AVERAGE).isNegative()) {
            recent.removeFirst();
        }
        LiveSample base = recent.peekFirst();
        double seconds = Duration.between(base.at(), sample.at()).toNanos() / 1e9;
        double bps = Math.max(0, sample.bytes() - base.bytes()) * 8 / seconds;
        double pps = Math.max(0, sample.packets() - base.packets()) / seconds;
        points.addLast(new TrafficPoint(sample.at(), bps, pps));
        Instant oldest = sample.at().minus(keep);
        while (!points.isEmpty() && points.peekFirst().bucketStart().isBefore(oldest)) points.removeFirst();
        return true;
    }

    private static java.time.Instant secondOf(ArrayDeque<LiveSample> samples) {
        var it = samples.iterator();
        it.next();
        return it.next().at();
    }

    /** The points of the last {@code window} before {@code now}, oldest first. */
    List<TrafficPoint> within(Duration window, Instant now) {
        Instant from = now.minus(window);
        return points.stream().filter(p -> !p.bucketStart().isBefore(from)).toList();
    }
}
