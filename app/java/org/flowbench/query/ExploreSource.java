package org.flowbench.query;

import java.time.Instant;
import java.util.List;
import org.flowbench.filter.FragmentColumns;
import org.flowbench.schema.FlowField;
import org.flowbench.store.Rollups;

/**
 * The table a query reads: the raw {@code flows} rows, or a rollup that holds the same sums
 * (docs/decisions/0110, 0233). Rollups only answer additive metrics on their own keys, filtered
 * on nothing but those keys, and only where their time granularity matches the range and the buckets.
 *
 * @param lower inclusive time bound on {@code timeColumn}; null with {@code upper} when the range holds every row
 * @param rowPerKey the table holds one row per key already: a ranking reads {@code rowSql} without grouping
 * @param heavyDims for {@code rollup_heavy_second}, the dimension set whose rows are read (its {@code dims}); else null
 */
record ExploreSource(String table, String timeColumn, String metricSql, Instant lower, Instant upper, boolean rollup,
                     boolean rowPerKey, String rowSql, String heavyDims) {

    ExploreSource(String table, String timeColumn, String metricSql, Instant lower, Instant upper, boolean rollup) {
        this(table, timeColumn, metricSql, lower, upper, rollup, false, null, null);
    }

    ExploreSource(String table, String timeColumn, String metricSql, Instant lower, Instant upper, boolean rollup,
                  boolean rowPerKey, String rowSql) {
        this(table, timeColumn, metricSql, lower, upper, rollup, rowPerKey, rowSql, null);
    }

    /**
     * {@code rollup_heavy_second} (docs/decisions/0260) when it may hold the answer: one dataset, an
     * additive metric over whole seconds, split by exactly one of its dimension sets and filtered on
     * nothing but the protocol. It holds only the heaviest keys, so a ranking read from it stands only
     * once the stored bound proves it exact; the series of keys ranked from it are exact for any range.
     * Null when it cannot answer.
     */
    static ExploreSource heavyKeys(QuerySpec spec, TimeGrid grid, DataSpan span) {
        if (!span.heavyKeys() || spec.datasetIds().size() != 1 || !rollupsAnswer(spec, grid, span)) return null;
        if (!filterReads(spec, "proto")) return null;
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (FlowField d : spec.dimensions()) columns.add(d.column());
        for (List<String> set : Rollups.HEAVY_DIMENSIONS) {
            if (set.size() != spec.dimensions().size() || !columns.containsAll(set)) continue;
            boolean all = span.within(grid.from(), grid.to());
            return new ExploreSource("rollup_heavy_second", "second", spec.metric().rollupSql(),
                    all ? null : grid.from(), all ? null : grid.to(), true, false, null, String.join(",", set));
        }
        return null;
    }

    static ExploreSource raw(QuerySpec spec, TimeGrid grid) {
        return new ExploreSource("flows", "ts", spec.metric().rawSql(), grid.from(), grid.to(), false);
    }

    /** Where the top-N ranking over the whole range can be read. */
    static ExploreSource forRanking(QuerySpec spec, TimeGrid grid, DataSpan span) {
        if (!rollupsAnswer(spec, grid, span)) return raw(spec, grid);
        List<FlowField> dims = spec.dimensions();
        if (protoOnly(dims) && filterReads(spec, "proto")) return perSecond(spec, grid);
        if (dims.equals(List.of(FlowField.DST_ADDR)) && spec.filter().isTrue()) {
            if (span.destinationSeconds() && span.within(grid.from(), grid.to())) {
                // one row per dataset and destination, like the source totals
                return new ExploreSource("rollup_dst_total", null, spec.metric().rollupSql(), null, null, true,
                        spec.datasetIds().size() == 1, spec.metric().rollupValue());
            }
            ExploreSource s = perMinute(spec, grid, span);
            if (s != null) return s;
        }
        if (dims.equals(List.of(FlowField.SRC_ADDR)) && spec.filter().isTrue() && span.within(grid.from(), grid.to())) {
            // one row per dataset and source: with one dataset, a top-N over its rows, no grouping
            return new ExploreSource("rollup_src_total", null, spec.metric().rollupSql(), null, null, true,
                    spec.datasetIds().size() == 1, spec.metric().rollupValue());
        }
        ExploreSource s = perSecondDestination(spec, grid, span);
        return s != null ? s : raw(spec, grid);
    }

    /** Where the per-bucket series can be read. */
    static ExploreSource forSeries(QuerySpec spec, TimeGrid grid, DataSpan span) {
        if (!rollupsAnswer(spec, grid, span)) return raw(spec, grid);
        List<FlowField> dims = spec.dimensions();
        if (protoOnly(dims) && filterReads(spec, "proto")) return perSecond(spec, grid);
        if (dims.equals(List.of(FlowField.DST_ADDR)) && spec.filter().isTrue() && grid.stepSeconds() % 60 == 0) {
            ExploreSource s = perMinute(spec, grid, span);
            if (s != null) return s;
        }
        ExploreSource s = perSecondDestination(spec, grid, span);
        return s != null ? s : raw(spec, grid);
    }

    private static boolean rollupsAnswer(QuerySpec spec, TimeGrid grid, DataSpan span) {
        return span.rollups() && spec.metric().rollupSql() != null && grid.wholeSeconds();
    }

    private static boolean protoOnly(List<FlowField> dims) {
        return dims.isEmpty() || dims.equals(List.of(FlowField.PROTO));
    }

    /** Whether the filter reads only these columns (so a rollup keyed on them filters exactly). */
    private static boolean filterReads(QuerySpec spec, String... columns) {
        return FragmentColumns.readsOnly(spec.filter(), List.of(columns));
    }

    /**
     * {@code rollup_dst_second} (docs/decisions/0233): any whole-second range and step, split by and
     * filtered on destination, IP version and protocol only; null when it cannot answer.
     */
    private static ExploreSource perSecondDestination(QuerySpec spec, TimeGrid grid, DataSpan span) {
        if (!span.destinationSeconds()) return null;
        for (FlowField d : spec.dimensions()) if (!Rollups.DST_SECOND_DIMENSIONS.contains(d.column())) return null;
        if (!FragmentColumns.readsOnly(spec.filter(), Rollups.DST_SECOND_DIMENSIONS)) return null;
        boolean all = span.within(grid.from(), grid.to());
        return new ExploreSource("rollup_dst_second", "second", spec.metric().rollupSql(),
                all ? null : grid.from(), all ? null : grid.to(), true);
    }

    private static ExploreSource perSecond(QuerySpec spec, TimeGrid grid) {
        return new ExploreSource("rollup_second_proto", "second", spec.metric().rollupSql(), grid.from(), grid.to(), true);
    }

    /** The per-minute rollup when the range falls on whole minutes or holds every row; else null. */
    private static ExploreSource perMinute(QuerySpec spec, TimeGrid grid, DataSpan span) {
        String sql = spec.metric().rollupSql();
        if (span.within(grid.from(), grid.to())) return new ExploreSource("rollup_dst_minute", "minute", sql, null, null, true);
        if (grid.from().getEpochSecond() % 60 == 0 && grid.to().getEpochSecond() % 60 == 0) {
            return new ExploreSource("rollup_dst_minute", "minute", sql, grid.from(), grid.to(), true);
        }
        return null;
    }
}
