package org.flowbench.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The answer to {@link ExploreQuery#series}: one time axis and the series on it, the top N by
 * the metric over the range first (largest first), then "Other" when some keys were folded.
 *
 * @param spec     the question, as asked
 * @param grid     the buckets (start instants, step, the resolved range)
 * @param series   top-N series in rank order, then "Other" if any rows fell outside the top N
 * @param previous the same keys over the earlier period, on the same buckets shifted back by
 *                 {@code previousShift} (value i belongs to {@code grid.bucketStart(i) - previousShift});
 *                 empty without an overlay
 * @param previousShift how far back the overlay lies; null without an overlay
 * @param fromRollups whether the rollup tables answered instead of the raw rows
 */
public record SeriesResult(QuerySpec spec, TimeGrid grid, List<Series> series, List<Series> previous,
                           Duration previousShift, boolean fromRollups) {
    public SeriesResult {
        series = List.copyOf(series);
        previous = List.copyOf(previous);
    }

    public List<Instant> bucketStarts() { return grid.bucketStarts(); }

    public Metric metric() { return spec.metric(); }
}
