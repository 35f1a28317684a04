package org.flowbench.detect;

import java.time.Duration;

/**
 * The time window metrics are computed over. Tumbling windows are aligned to the Unix epoch
 * ([k*length, (k+1)*length)). A sliding window of length L moves by {@code step} S: it is
 * evaluated at the end of every step in which the key has traffic and covers the L/S steps up
 * to it, so with L = 10 s and S = 1 s a window ending at 12:00:07 covers [11:59:57, 12:00:07).
 * After a key's traffic stops its window is not evaluated again; for conditions that only grow
 * with traffic (rates and counts compared with &gt; or &gt;=) this never loses a trigger.
 */
public record Window(Duration length, Mode mode, Duration step) {
    public static final Duration MIN = Duration.ofSeconds(1), MAX = Duration.ofHours(1);

    public enum Mode { TUMBLING, SLIDING }

    public Window {
        if (length == null || mode == null) throw new IllegalArgumentException("a window needs a length and a mode");
        if (length.compareTo(MIN) < 0 || length.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("window length " + Durations.format(length) + " is outside 1s..1h");
        }
        if (length.toNanos() % 1_000_000_000L != 0) throw new IllegalArgumentException("window length must be whole seconds");
        if (mode == Mode.TUMBLING) {
            step = length;
        } else {
            if (step == null) step = MIN;
            if (step.compareTo(MIN) < 0 || step.compareTo(length) > 0 || length.toSeconds() % step.toSeconds() != 0
                    || step.toNanos() % 1_000_000_000L != 0) {
                throw new IllegalArgumentException("sliding step " + Durations.format(step)
                        + " must be whole seconds, at least 1s, and divide the window length " + Durations.format(length));
            }
        }
    }

    public static Window tumbling(Duration length) { return new Window(length, Mode.TUMBLING, length); }

    public static Window sliding(Duration length, Duration step) { return new Window(length, Mode.SLIDING, step); }

    public long lengthSeconds() { return length.toSeconds(); }

    public long stepSeconds() { return step.toSeconds(); }

    /** How many steps one window spans (1 for tumbling windows). */
    public long stepsPerWindow() { return lengthSeconds() / stepSeconds(); }

    @Override
    public String toString() {
        return mode == Mode.TUMBLING ? Durations.format(length) + " tumbling"
                : Durations.format(length) + " sliding by " + Durations.format(step);
    }
}
