package org.flowbench.ui.explore;

import java.util.ArrayDeque;
import java.util.Deque;

/** Back/forward through time ranges, as a browser does through pages. */
final class RangeHistory {
    private final Deque<TimeRange> back = new ArrayDeque<>();
    private final Deque<TimeRange> forward = new ArrayDeque<>();

    /** Leaving {@code current} for a new range: it becomes "back", and "forward" is forgotten. */
    void leave(TimeRange current) {
        back.push(current);
        forward.clear();
    }

    TimeRange back(TimeRange current) {
        forward.push(current);
        return back.pop();
    }

    TimeRange forward(TimeRange current) {
        back.push(current);
        return forward.pop();
    }

    boolean canGoBack() { return !back.isEmpty(); }

    boolean canGoForward() { return !forward.isEmpty(); }

    void clear() {
        back.clear();
        forward.clear();
    }
}
