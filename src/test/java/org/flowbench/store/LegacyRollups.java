package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The rollup statements as they were before decision 0290 (integer sums with FILTER, ORDER BY on
 * every per-second insert), kept as the reference {@link RollupEquivalenceTest} compares today's
 * {@link Rollups#build} with. One change: the heavy keys' top-N breaks ties by the key, as today's
 * does; before, a tie at the cut kept whichever key the scan met first, which varied between builds.
 */
final class LegacyRollups {
    private LegacyRollups() {}

    static final int KEYS = 1000;

    /** Deletes the dataset's rollup rows and builds them all again, as {@code Rollups.build} did. */
    static void build(Connection c, long datasetId) throws SQLException {
        for (String table : Rollups.TABLES) runOne(c, "DELETE FROM " + table + " WHERE dataset_id = ?", datasetId);
        runOne(c, "INSERT INTO rollup_dst_second SELECT dataset_id, date_trunc('second', ts), dst_addr, ip_version, proto,"
                + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows),"
                // SYN without ACK and IP fragments (RFC 8955 IsF), as detect.Metric counts them
                + " coalesce(sum(packets * sampling_rate) FILTER (WHERE proto = 6 AND (tcp_flags & 18) = 2), 0),"
                + " coalesce(sum(bytes * sampling_rate) FILTER (WHERE proto = 6 AND (tcp_flags & 18) = 2), 0),"
                + " coalesce(sum(packets * sampling_rate) FILTER (WHERE (frag & 2) <> 0), 0),"
                + " coalesce(sum(bytes * sampling_rate) FILTER (WHERE (frag & 2) <> 0), 0),"
                + " count(*)"
                + " FROM flows WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        runOne(c, "INSERT INTO rollup_dst_minute SELECT dataset_id, date_trunc('minute', second), dst_addr,"
                + " sum(packets), sum(bytes), sum(flows)"
                + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        runOne(c, "INSERT INTO rollup_dst_total SELECT dataset_id, dst_addr, sum(packets), sum(bytes), sum(flows)"
                + " FROM rollup_dst_minute WHERE dataset_id = ? GROUP BY ALL", datasetId);
        runOne(c, "INSERT INTO rollup_src_total SELECT dataset_id, src_addr,"
                + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows)"
                + " FROM flows WHERE dataset_id = ? GROUP BY ALL", datasetId);
        runOne(c, "INSERT INTO rollup_second_proto SELECT dataset_id, second, proto,"
                + " sum(packets), sum(bytes), sum(flows), sum(rows)"
                + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
        buildHeavy(c, datasetId, KEYS);
    }

    private static void runOne(Connection c, String sql, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, datasetId);
            ps.executeUpdate();
        }
    }

    /**
     * One dimension set: its columns (the {@code dims} value is them joined by commas), a scalar key
     * over {@code flows} for the semi-join, and whether per-protocol bounds are kept (for sources the
     * per-protocol totals would cost a second grouping of millions of keys: one bound, all protocols).
     */
    private record Dims(List<String> columns, String key, boolean perProto) {
        String name() { return String.join(",", columns); }
    }

    private static final List<Dims> DIMS = List.of(
            new Dims(List.of("src_addr"), "src_addr", false),
            new Dims(List.of("dst_port"), "dst_port", true),
            // per-protocol totals of 2M+ pairs would cost a second grouping of them: one bound
            new Dims(List.of("src_port", "dst_port"), "(src_port::UINTEGER << 16) | dst_port", false));

    /** The ranked metrics: the bound table's column and the value over the totals' columns. */
    private static final List<List<String>> METRICS = List.of(
            List.of("packets", "packets"), List.of("bytes", "bytes"), List.of("flows", "flows"),
            List.of("l2_bytes", "bytes + 18 * packets"));

    /** Fills both tables for the dataset; the caller holds the transaction and deleted the old rows. */
    static void buildHeavy(Connection c, long datasetId, int keys) throws SQLException {
        for (Dims d : DIMS) {
            try (Statement st = c.createStatement()) {
                // every statement's text holds only constants of this class; the dataset id is bound
                String all = totals(c, d, datasetId);
                run(c, top(d, all, keys), datasetId);
                StringBuilder bounds = new StringBuilder();
                for (List<String> m : METRICS) {
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

    /**
     * {@code heavy_all(k, packets, bytes, flows)} over all protocols and, when kept,
     * {@code heavy_proto(proto, k, ...)}, with {@code heavy_n}, the key count of each group. Sums in
     * DOUBLE (exact below 2^53): integer sums run as HUGEINT, 1.3-1.4x slower on millions of groups;
     * these totals only choose keys and bounds.
     */
    private static String totals(Connection c, Dims d, long datasetId) throws SQLException {
        String sums = "sum((packets * sampling_rate)::DOUBLE) AS packets, sum((bytes * sampling_rate)::DOUBLE) AS bytes,"
                + " sum(flows::DOUBLE) AS flows FROM flows WHERE dataset_id = ? GROUP BY ALL";
        String counts = "CREATE OR REPLACE TEMP TABLE heavy_n AS SELECT true AS all_protos, NULL::UTINYINT AS proto, count(*) AS n FROM heavy_all";
        String all = "heavy_all";
        if (d.key().equals("src_addr")) {
            // the source totals exist already: read in place (a copy of millions of rows cost 0.7 s)
            all = "(SELECT src_addr AS k, packets::DOUBLE AS packets, bytes::DOUBLE AS bytes, flows::DOUBLE AS flows"
                    + " FROM rollup_src_total WHERE dataset_id = ?)";
            counts = counts.replace("FROM heavy_all", "FROM " + all);
        } else if (!d.perProto()) {
            run(c, "CREATE OR REPLACE TEMP TABLE heavy_all AS SELECT " + d.key() + " AS k, " + sums, datasetId);
        } else {
            run(c, "CREATE OR REPLACE TEMP TABLE heavy_proto AS SELECT proto, " + d.key() + " AS k, " + sums, datasetId);
            run(c, "CREATE OR REPLACE TEMP TABLE heavy_all AS SELECT k, sum(packets) AS packets, sum(bytes) AS bytes,"
                    + " sum(flows) AS flows FROM heavy_proto GROUP BY k", datasetId);
            counts += " UNION ALL SELECT false, proto, count(*) FROM heavy_proto GROUP BY proto";
        }
        run(c, counts, datasetId);
        return all;
    }

    /** {@code heavy_top(all_protos, proto, metric, k, v)}: the top keys of every group by every metric. */
    private static String top(Dims d, String all, int keys) {
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE heavy_top AS ");
        for (int i = 0; i < METRICS.size(); i++) {
            String name = METRICS.get(i).get(0), value = METRICS.get(i).get(1);
            if (i > 0) sql.append(" UNION ALL ");
            // a top-N per metric over all protocols: no sort of millions of source totals
            sql.append("(SELECT true AS all_protos, NULL::UTINYINT AS proto, '").append(name).append("' AS metric, k, ")
                    .append(value).append(" AS v FROM ").append(all).append(" ORDER BY v DESC, k LIMIT ").append(keys).append(')');
            if (d.perProto()) {
                sql.append(" UNION ALL (SELECT false, proto, '").append(name).append("', k, ").append(value)
                        .append(" FROM heavy_proto QUALIFY row_number() OVER (PARTITION BY proto ORDER BY ")
                        .append(value).append(" DESC, k) <= ").append(keys).append(')');
            }
        }
        return sql.toString();
    }

    /** Runs a statement whose every placeholder is the dataset id (the texts hold no other '?'). */
    private static void run(Connection c, String sql, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= n; i++) ps.setLong(i, datasetId);
            ps.executeUpdate();
        }
    }
}
