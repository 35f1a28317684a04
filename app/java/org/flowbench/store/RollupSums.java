package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How the rollup statements add up the counters (docs/decisions/0290). Integer sums of UBIGINT run
 * on HUGEINT accumulators, which cost about a third of the rollups' CPU; DOUBLE sums of integers are
 * exact while every partial sum stays below 2^53, and with non-negative addends every partial sum of
 * every rollup is at most the dataset's grand total. So DOUBLE is used, cast back to the column's
 * UBIGINT, once the grand totals are shown to be below 2^53; otherwise the exact integer sums.
 */
enum RollupSums {
    /** Sums in DOUBLE, exact because the dataset's totals are below 2^53. */
    DOUBLE,
    /** Sums on integer (HUGEINT) accumulators: totals of 2^53 or more. */
    INTEGER;

    /** The sum of a non-negative integer expression, as the column's UBIGINT. */
    String sum(String expr) {
        return this == DOUBLE ? "sum((" + expr + ")::DOUBLE)::UBIGINT" : "sum(" + expr + ")";
    }

    /**
     * A DOUBLE sum for the source totals before anything is proven: capped below 2^64, where a
     * rounded-up sum of counters near their limit would fail the cast that the integer sum passes.
     * A capped value is far above 2^53, so {@link #forDataset} then answers {@link #INTEGER}.
     */
    static String provisionalSum(String expr) {
        return "least(sum((" + expr + ")::DOUBLE), 1.8e19)::UBIGINT";
    }

    /** The sum over the rows that meet {@code condition}, 0 when none does. */
    String sumWhere(String expr, String condition) {
        // CASE rather than FILTER: a FILTER per aggregate costs a selection pass each
        return this == DOUBLE
                ? "sum(CASE WHEN " + condition + " THEN (" + expr + ")::DOUBLE ELSE 0 END)::UBIGINT"
                : "coalesce(sum(" + expr + ") FILTER (WHERE " + condition + "), 0)";
    }

    /** 2^53: below it, every integer and every sum of integers is exact in DOUBLE. */
    static final double EXACT_BELOW = 9007199254740992.0;

    /**
     * The sums to use for the dataset, proven from its {@code rollup_src_total} rows (every flow row
     * is in one of them). Their sum in DOUBLE is below 2^53 only if every addition on the way was, and
     * so exact; it is then the true grand total, and every rollup's sums are exact in DOUBLE too. No
     * rows (nothing proven) gives {@link #INTEGER}.
     */
    static RollupSums forDataset(Connection c, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(greatest(sum(packets::DOUBLE), sum(bytes::DOUBLE),"
                + " sum(flows::DOUBLE)) < " + EXACT_BELOW + ", false) FROM rollup_src_total WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1) ? DOUBLE : INTEGER;
            }
        }
    }
}
