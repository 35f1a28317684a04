package org.flowbench.query;

import java.util.List;

/**
 * One line (or band) of an Explore chart.
 *
 * @param keys   the dimension values, formatted for people (addresses as text, protocol names),
 *               one per dimension of the query; empty for "Other" and for the total
 * @param label  the keys joined with " / ", "Other", or "Total" when the query has no dimension
 * @param other  whether this is the series that folds every key outside the top N
 * @param values the metric per bucket of the result's grid (0 where the series has no rows);
 *               do not modify
 * @param stats  min, average, max, 95th percentile and total over the buckets
 */
public record Series(List<String> keys, String label, boolean other, double[] values, SeriesStats stats) {
    public static final String OTHER = "Other";
    public static final String TOTAL = "Total";

    public Series {
        keys = List.copyOf(keys);
    }
}
