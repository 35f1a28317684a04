package org.flowbench.query;

import java.util.List;

/**
 * The answer to {@link ExploreQuery#top}: the top N keys over the whole range by the metric.
 *
 * @param spec  the question, as asked
 * @param grid  the range (and the step the chart would use) the table covers
 * @param rows  at most N rows, largest first (ties broken by key)
 * @param other everything outside the top N; null when nothing is left over
 * @param total every row the filter lets through, split or not
 * @param fromRollups whether the rollup tables answered instead of the raw rows
 */
public record TopTable(QuerySpec spec, TimeGrid grid, List<Row> rows, Row other, Row total, boolean fromRollups) {
    public TopTable {
        rows = List.copyOf(rows);
    }

    /**
     * One key's share of the range.
     *
     * @param keys    dimension values formatted for people; empty for Other and the total
     * @param label   the keys joined with " / ", or "Other", or "Total"
     * @param total   the metric's counter over the range in {@link Metric#totalUnit()}: bits for
     *                bps and l2bps, packets for pps and packets, bytes, flows, or distinct addresses
     * @param average for rates and counts the mean per second over the range (bit/s, packet/s,
     *                byte/s, flow/s); for distinct counts NaN, since they do not divide over time
     * @param share   total / the table's total (0..1); for distinct counts shares overlap and need not add to 1
     */
    public record Row(List<String> keys, String label, double total, double average, double share) {
        public Row {
            keys = List.copyOf(keys);
        }
    }
}
