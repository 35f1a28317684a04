package org.flowbench.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The hold-down and release state machine. It is fed triggering windows ordered by key, then
 * time, and holds one open alert at a time, so memory does not grow with the number of keys.
 * A window continues the open alert of its key when it starts before that alert's end
 * (max(start + hold, last trigger end + release)) or exactly at it, so adjacent tumbling windows make one alert; otherwise the open alert is emitted.
 */
final class AlertTracker {
    private final Rule rule;
    private final long holdSeconds;
    private final long releaseSeconds;
    private final boolean keepWindows;
    private final Consumer<Alert> sink;

    private List<Object> key;
    private long start, detected, lastEnd, end;
    private double peakBps, peakPps;
    private List<TriggeredWindow> windows = new ArrayList<>();

    AlertTracker(Rule rule, boolean keepWindows, Consumer<Alert> sink) {
        this.rule = rule;
        this.holdSeconds = rule.hold().toSeconds();
        this.releaseSeconds = rule.release().toSeconds();
        this.keepWindows = keepWindows;
        this.sink = sink;
    }

    /** One triggering window; {@code ws} and {@code we} in epoch seconds. */
    void accept(List<Object> keyValues, long ws, long we, TriggeredWindow window) {
        if (key != null && Objects.equals(key, keyValues) && ws <= end) {
            lastEnd = Math.max(lastEnd, we);
            end = Math.max(start + holdSeconds, lastEnd + releaseSeconds);
        } else {
            flush();
            key = keyValues;
            start = ws;
            detected = we;
            lastEnd = we;
            end = Math.max(start + holdSeconds, lastEnd + releaseSeconds);
            peakBps = 0;
            peakPps = 0;
            windows = new ArrayList<>();
        }
        peakBps = Math.max(peakBps, window.bps());
        peakPps = Math.max(peakPps, window.pps());
        if (keepWindows) windows.add(window);
    }

    /** Emits the open alert, if any; call once after the last window. */
    void flush() {
        if (key == null) return;
        sink.accept(new Alert(rule.name(), new AlertKey(rule.key(), key), Instant.ofEpochSecond(start),
                Instant.ofEpochSecond(detected), Instant.ofEpochSecond(lastEnd), Instant.ofEpochSecond(end),
                peakBps, peakPps, windows, null));
        key = null;
    }
}
