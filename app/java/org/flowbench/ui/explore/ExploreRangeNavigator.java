package org.flowbench.ui.explore;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.flowbench.store.DatasetInfo;

/**
 * The Explore time range and the ways to move it: quick presets, a typed range, a zoom dragged on
 * the chart, and back/forward through the ranges left, all within the datasets' span.
 */
public final class ExploreRangeNavigator {
    /** Quick ranges, relative to the end of the datasets' span (post-mortem data has no "now"). */
    public enum Preset {
        WHOLE("Whole span", 0), LAST_5("Last 5 min", 5), LAST_15("Last 15 min", 15), LAST_60("Last 60 min", 60);

        private final String label;
        private final int minutes;

        Preset(String label, int minutes) { this.label = label; this.minutes = minutes; }

        @Override public String toString() { return label; }
    }

    private final List<DatasetInfo> datasets;
    private final Consumer<String> complaints;
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.SPAN);
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final BooleanProperty canGoForward = new SimpleBooleanProperty();
    private final RangeHistory history = new RangeHistory();

    /**
     * @param datasets   the datasets shown (read, never changed), whose span bounds the ranges
     * @param complaints where a typed range that does not read is explained
     */
    ExploreRangeNavigator(List<DatasetInfo> datasets, Consumer<String> complaints) {
        this.datasets = datasets;
        this.complaints = complaints;
    }

    public void preset(Preset p) {
        TimeRange next = rangeOf(p);
        if (next != null) goTo(next);
    }

    /** The preset whose range is the one shown, if any: a typed, zoomed or shifted range has none ("Custom"). */
    public Optional<Preset> presetShown() {
        for (Preset p : Preset.values()) {
            if (range.get().equals(rangeOf(p))) return Optional.of(p);
        }
        return Optional.empty();
    }

    private TimeRange rangeOf(Preset p) {
        if (p == Preset.WHOLE) return TimeRange.SPAN;
        Instant end = spanEnd();
        if (end == null) return null;
        Instant first = spanFirst();
        Instant from = end.minus(Duration.ofMinutes(p.minutes));
        return new TimeRange(first != null && from.isBefore(first) ? first : from, end);
    }

    /** A typed range; false (with the reason sent to the complaints) when it does not read. */
    public boolean typedRange(String fromText, String toText) {
        try {
            Instant from = TimeRange.parse(fromText), to = TimeRange.parse(toText);
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("the range must start before it ends");
            }
            goTo(new TimeRange(from, to));
            return true;
        } catch (IllegalArgumentException e) {
            complaints.accept(e.getMessage());
            return false;
        }
    }

    /** The chart was zoomed (dragged) to [from, to). Ignores ranges too short to hold a second. */
    public void zoomTo(Instant from, Instant to) {
        if (datasets.isEmpty() || Duration.between(from, to).getSeconds() < 1) return;
        Instant first = spanFirst(), end = spanEnd();
        if (first != null && from.isBefore(first)) from = first;
        if (end != null && to.isAfter(end)) to = end;
        if (!from.isBefore(to)) return;
        goTo(new TimeRange(from.truncatedTo(ChronoUnit.SECONDS),
                to.truncatedTo(ChronoUnit.SECONDS).plusSeconds(to.getNano() > 0 ? 1 : 0)));
    }

    /** Shows {@code next}, the range shown before it kept for Back. */
    public void goTo(TimeRange next) {
        if (next.equals(range.get())) return;
        history.leave(range.get());
        updateHistoryFlags();
        range.set(next);
    }

    public void back() {
        if (!history.canGoBack()) return;
        TimeRange previous = history.back(range.get());
        updateHistoryFlags();
        range.set(previous);
    }

    public void forward() {
        if (!history.canGoForward()) return;
        TimeRange next = history.forward(range.get());
        updateHistoryFlags();
        range.set(next);
    }

    /** Other datasets are shown: the ranges left belong to the old ones. */
    void forgetHistory() {
        history.clear();
        updateHistoryFlags();
    }

    /** Shows the whole span without keeping the range before for Back; false when it was shown already. */
    boolean resetToSpan() {
        if (range.get().equals(TimeRange.SPAN)) return false;
        range.set(TimeRange.SPAN);
        return true;
    }

    private void updateHistoryFlags() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    public Instant spanFirst() {
        return datasets.stream().map(DatasetInfo::firstTs).filter(t -> t != null).min(Instant::compareTo).orElse(null);
    }

    /** One second after the start of the last stored second, as the queries count it. */
    public Instant spanEnd() {
        return datasets.stream().map(DatasetInfo::lastTs).filter(t -> t != null).max(Instant::compareTo)
                .map(t -> t.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)).orElse(null);
    }

    public ReadOnlyObjectProperty<TimeRange> rangeProperty() { return range; }

    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack; }

    public ReadOnlyBooleanProperty canGoForwardProperty() { return canGoForward; }
}
