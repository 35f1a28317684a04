package org.flowbench.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.FlowField;

/**
 * One Explore question: which datasets, when, which rows, split how, measured how.
 *
 * @param datasetIds  one or several datasets; their traffic is added together on one time axis
 * @param from        start of the range, inclusive; null = start of the datasets' span
 * @param to          end of the range, exclusive; null = end of the datasets' span (its last second included)
 * @param filter      which rows count ({@link SqlFragment#TRUE} for all)
 * @param dimensions  registry columns to split by (each {@link FlowField#isDimension()}); empty = one total series
 * @param metric      what each bucket measures
 * @param topN        series kept by their metric over the range; the rest is folded into "Other"
 * @param step        bucket length, whole seconds; null = automatic (round lengths, at most {@link #MAX_AUTO_POINTS} buckets)
 * @param comparePrevious whether to add the same keys over an earlier period (overlay)
 * @param previousShift how far back that period lies; null = the range's own length
 */
public record QuerySpec(List<Long> datasetIds, Instant from, Instant to, SqlFragment filter,
                        List<FlowField> dimensions, Metric metric, int topN, Duration step,
                        boolean comparePrevious, Duration previousShift) {
    public static final int DEFAULT_TOP = 10;
    /** About 1,000 points at most when the step is automatic (the chart's width in pixels, roughly). */
    public static final int MAX_AUTO_POINTS = 1000;
    /** A hand-picked step may not produce more buckets than this (a 1 s step over a year would). */
    public static final int MAX_BUCKETS = 100_000;

    public QuerySpec {
        if (datasetIds == null || datasetIds.isEmpty()) throw new IllegalArgumentException("at least one dataset is needed");
        datasetIds = List.copyOf(new LinkedHashSet<>(datasetIds));
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(metric, "metric");
        dimensions = List.copyOf(dimensions);
        for (FlowField f : dimensions) {
            if (!f.isDimension()) throw new IllegalArgumentException(f.column() + " is not a dimension");
        }
        if (new LinkedHashSet<>(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("a dimension is listed twice: " + dimensions);
        }
        if (topN < 1) throw new IllegalArgumentException("top N must be at least 1, got " + topN);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the range is empty: from " + from + " is not before to " + to);
        }
        if (step != null && (step.isNegative() || step.isZero() || step.getNano() != 0)) {
            throw new IllegalArgumentException("the step must be a positive whole number of seconds, got " + step);
        }
        if (previousShift != null && (previousShift.isNegative() || previousShift.isZero())) {
            throw new IllegalArgumentException("the previous period must lie before the range, got a shift of " + previousShift);
        }
    }

    public static Builder builder(long... datasetIds) {
        Builder b = new Builder();
        for (long id : datasetIds) b.datasetIds.add(id);
        return b;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.datasetIds.addAll(datasetIds);
        b.from = from;
        b.to = to;
        b.filter = filter;
        b.dimensions.addAll(dimensions);
        b.metric = metric;
        b.topN = topN;
        b.step = step;
        b.comparePrevious = comparePrevious;
        b.previousShift = previousShift;
        return b;
    }

    /** Defaults: whole span, no filter, no split, bps, top 10, automatic step, no overlay. */
    public static final class Builder {
        private final List<Long> datasetIds = new ArrayList<>();
        private Instant from, to;
        private SqlFragment filter = SqlFragment.TRUE;
        private final List<FlowField> dimensions = new ArrayList<>();
        private Metric metric = Metric.BPS;
        private int topN = DEFAULT_TOP;
        private Duration step;
        private boolean comparePrevious;
        private Duration previousShift;

        private Builder() {}

        public Builder datasets(List<Long> ids) { datasetIds.clear(); datasetIds.addAll(ids); return this; }
        public Builder from(Instant v) { from = v; return this; }
        public Builder to(Instant v) { to = v; return this; }
        public Builder range(Instant f, Instant t) { from = f; to = t; return this; }
        public Builder filter(SqlFragment v) { filter = v; return this; }
        public Builder by(FlowField... fields) { dimensions.clear(); dimensions.addAll(List.of(fields)); return this; }
        public Builder by(List<FlowField> fields) { dimensions.clear(); dimensions.addAll(fields); return this; }
        public Builder metric(Metric v) { metric = v; return this; }
        public Builder top(int v) { topN = v; return this; }
        /** Null for automatic. */
        public Builder step(Duration v) { step = v; return this; }
        /** Overlay the period just before the range (shifted by the range's length). */
        public Builder comparePrevious() { comparePrevious = true; previousShift = null; return this; }
        /** Overlay the range shifted back by {@code shift} (e.g. one day). */
        public Builder comparePrevious(Duration shift) { comparePrevious = true; previousShift = shift; return this; }
        public Builder noComparison() { comparePrevious = false; previousShift = null; return this; }

        public QuerySpec build() {
            return new QuerySpec(datasetIds, from, to, filter, dimensions, metric, topN, step, comparePrevious,
                    previousShift);
        }
    }
}
