package org.flowbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The rollup statements as they were before decision 0290 (integer sums with FILTER, ORDER BY on
 * every per-second insert), kept as the reference {@link RollupEquivalenceTest} compares today's
 * {@link Rollups#build} with. One change: the heavy keys' top-N breaks ties by the key, as today's
 * does; before, a tie at the cut kept whichever key the scan met first, which varied between builds.
 * The heavy keys' totals and top-N are unchanged statements: this class calls {@link HeavyKeyRollup}'s.
 */
final class LegacyRollups {
    private LegacyRollups() {}

    static final int KEYS = 1000;

    /** Deletes the dataset's rollup rows and builds them all again, as {@code Rollups.build} did. */
    static void build(Connection c, long datasetId) throws SQLException {
        for (String table : Rollups.TABLES) run(c, "DELETE FROM " + table + " WHERE dataset_id = ?", datasetId);
        run(c, "INSERT INTO rollup_dst_second SELECT dataset_id, date_trunc('second', ts), dst_addr, ip_version, proto,"
                + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows),"
                // SYN without ACK and IP fragments (RFC 8955 IsF), as detect.Metric counts them
                + " coalesce(sum(packets * sampling_rate) FILTER (WHERE proto = 6 AND (tcp_flags & 18) = 2), 0),"
                + " coalesce(sum(bytes * sampling_rate) FILTER (WHERE proto = 6 AND (tcp_flags & 18) = 2), 0),"
                + " coalesce(sum(packets * sampling_rate) FILTER (WHERE (frag & 2) <> 0), 0),"
                + " coalesce(sum(bytes * sampling_rate) FILTER (WHERE (frag & 2) <> 0), 0),"
                + " count(*)"
                + " FROM flows WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        run(c, "INSERT INTO rollup_dst_minute SELECT dataset_id, date_trunc('minute', second), dst_addr,"
                + " sum(packets), sum(bytes), sum(flows)"
                + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        run(c, "INSERT INTO rollup_dst_total SELECT dataset_id, dst_addr, sum(packets), sum(bytes), sum(flows)"
                + " FROM rollup_dst_minute WHERE dataset_id = ? GROUP BY ALL", datasetId);
        run(c, "INSERT INTO rollup_src_total SELECT dataset_id, src_addr,"
                + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows)"
                + " FROM flows WHERE dataset_id = ? GROUP BY ALL", datasetId);
        run(c, "INSERT INTO rollup_second_proto SELECT dataset_id, second, proto,"
                + " sum(packets), sum(bytes), sum(flows), sum(rows)"
                + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        buildHeavy(c, datasetId, KEYS);
    }

    private static void run(Connection c, String sql, long datasetId) throws SQLException {
        HeavyKeyRollup.run(c, sql, datasetId);
    }

    /** Fills both tables for the dataset; the caller holds the transaction and deleted the old rows. */
    static void buildHeavy(Connection c, long datasetId, int keys) throws SQLException {
        for (HeavyKeyRollup.Dims d : HeavyKeyRollup.DIMS) {
            try (Statement st = c.createStatement()) {
                // every statement's text holds only constants of this class; the dataset id is bound
                // the key totals and the top keys are today's statements (unchanged by 0290)
                String all = HeavyKeyRollup.totals(c, d, datasetId, KnownSums.NONE);
                run(c, HeavyKeyRollup.top(d, all, keys), datasetId);
                StringBuilder bounds = new StringBuilder();
                for (List<String> m : HeavyKeyRollup.METRICS) {
                    bounds.append(", CASE WHEN n.n > ").append(keys).append(" THEN min(t.v) FILTER (WHERE t.metric = '")
                            .append(m.get(0)).append("') END");
                }
                run(c, "INSERT INTO rollup_heavy_bound SELECT ?, '" + d.name() + "', n.all_protos, n.proto" + bounds
                        + " FROM heavy_n AS n LEFT JOIN heavy_top AS t ON t.all_protos = n.all_protos"
                        + " AND t.proto IS NOT DISTINCT FROM n.proto GROUP BY n.all_protos, n.proto, n.n", datasetId);
                StringBuilder cols = new StringBuilder();
                for (String col : List.of("src_addr", "src_port", "dst_port")) {
                    cols.append(d.columns().contains(col) ? col : "NULL").append(", ");
                }
                // exact integer sums here: few rows, and these are the values the queries add up
                run(c, "INSERT INTO rollup_heavy_second SELECT dataset_id, '" + d.name() + "', date_trunc('second', ts), proto, "
                        + cols + "sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows)"
                        // a NULL key (no address, say) is a key like any other: IS NOT DISTINCT FROM
                        + " FROM flows SEMI JOIN (SELECT DISTINCT k FROM heavy_top) AS h ON " + d.key() + " IS NOT DISTINCT FROM h.k"
                        + " WHERE dataset_id = ?"
                        + " GROUP BY ALL ORDER BY 3", datasetId);
                for (String t : List.of("heavy_top", "heavy_n", "heavy_all", "heavy_proto")) st.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }
}
