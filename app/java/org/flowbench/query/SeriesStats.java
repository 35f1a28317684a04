package org.flowbench.query;

import java.util.Arrays;

/**
 * What the table beside a chart shows for one series. Computed over every bucket of the grid,
 * empty buckets counting as 0 (so min is 0 when the series is absent from part of the range).
 *
 * @param min     smallest bucket value
 * @param average for rates the time-weighted mean (total / range seconds, so partial edge buckets
 *                weigh by their length); for counts the mean per bucket; for distinct counts the
 *                mean of the bucket values
 * @param max     largest bucket value
 * @param p95     95th percentile of the bucket values, nearest rank: the ceil(0.95 n)-th smallest
 * @param total   for rates the counter over the range (bits for bps and l2bps, packets for pps);
 *                for counts the sum of the buckets; for distinct counts the distinct addresses
 *                over the whole range (not the sum of the buckets)
 */
public record SeriesStats(double min, double average, double max, double p95, double total) {

    /** Stats of bucket values; {@code total} and {@code rangeSeconds} as the caller measured them. */
    static SeriesStats of(double[] values, Metric metric, double total, double rangeSeconds) {
        if (values.length == 0) return new SeriesStats(0, 0, 0, 0, total);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : values) sum += v;
        double average = switch (metric.kind()) {
            case RATE -> rangeSeconds > 0 ? total / rangeSeconds : 0;
            case COUNT, DISTINCT -> sum / values.length;
        };
        int rank = (int) Math.ceil(0.95 * sorted.length); // 1-based nearest rank
        return new SeriesStats(sorted[0], average, sorted[sorted.length - 1], sorted[Math.max(rank, 1) - 1], total);
    }
}
