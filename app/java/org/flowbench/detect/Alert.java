package org.flowbench.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One alert of one rule for one key.
 *
 * @param start          start of the first triggering window
 * @param detectedAt     end of the first triggering window: when a detector would have known
 * @param lastTriggerEnd end of the last triggering window
 * @param end            when the alert lifts: max(start + hold, lastTriggerEnd + release)
 * @param windows        the triggering windows, in time order
 * @param vector         the dominant traffic vector, or null when not computed (sweeps)
 */
public record Alert(String rule, AlertKey key, Instant start, Instant detectedAt, Instant lastTriggerEnd, Instant end,
                    double peakBps, double peakPps, List<TriggeredWindow> windows, DominantVector vector) {
    public Alert {
        windows = List.copyOf(windows);
    }

    public Duration duration() { return Duration.between(start, end); }

    Alert withVector(DominantVector v) {
        return new Alert(rule, key, start, detectedAt, lastTriggerEnd, end, peakBps, peakPps, windows, v);
    }
}
