package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * Sums whose value a dataset's column statistics already give, so the rollups need not add them
 * up row by row (docs/decisions/0300). Every import writes {@code flows} = 1 on every row, so a sum
 * of flows is the row count; flow exports carry no fragment bits, so a fragment sum is 0. Each
 * aggregate left out saves about 0.5 CPU-s per 20M rows grouped into millions of groups. Both facts
 * come from min and max, which DuckDB answers from its row-group statistics in milliseconds.
 */
record KnownSums(boolean flowsAreOne, boolean noFragments) {

    /** Nothing known: every sum is computed (what a dataset with other {@code flows} values needs). */
    static final KnownSums NONE = new KnownSums(false, false);

    static KnownSums forDataset(Connection c, long datasetId) throws SQLException {
        // max(frag) < 2: no row has the IsF bit (2) that the fragment sums test; NULLs count as none
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(min(flows) = 1 AND max(flows) = 1, false),"
                + " coalesce(max(frag) < 2, true) FROM flows WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new KnownSums(rs.getBoolean(1), rs.getBoolean(2));
            }
        }
    }

    /** The sum of {@code flows} over each group, as {@code sum} would add the column up. */
    String flows(UnaryOperator<String> sum) {
        return flowsAreOne ? "count(*)" : sum.apply("flows");
    }

    /** As {@link #flows}, in DOUBLE: for totals that only rank keys. */
    String flowsAsDouble() {
        return flowsAreOne ? "count(*)::DOUBLE" : "sum(flows::DOUBLE)";
    }

    /** The sum of {@code expr} over the group's rows that are IP fragments ({@code fragment} is that test). */
    String fragments(RollupSums sums, String expr, String fragment) {
        return noFragments ? "0" : sums.sumWhere(expr, fragment);
    }
}
