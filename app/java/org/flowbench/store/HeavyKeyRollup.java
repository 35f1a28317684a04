package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Per-second sums for the heaviest keys of a few dimensions, and the bound that proves a ranking
 * read from them exact (docs/decisions/0260). For each dimension set the heavy keys are the union,
 * over packets, bytes, flows and layer-2 bytes, of the top {@code keys} keys over the dataset,
 * overall and (for ports) within each protocol; every second of every protocol of a heavy key is
 * stored. The bound row of a group (all protocols, or one) holds, per metric, the {@code keys}-th
 * largest total of the group: a key that is not heavy has at most that much under any filter and
 * time range, so a ranking from the heavy rows is exact once its last kept value is above it. The
 * bound is null when the group has no more keys than {@code keys} (every key is heavy).
 *
 * <p>Where the heavy keys' per-second rows would be a large share of a large dataset (flow exports
 * from a few thousand hosts: 27-35% of the rows), they are not stored: building them cost more
 * than half of the import's rollups and they save the queries little over {@code flows}. The
 * dimension set then gets one bound row with infinite bounds, so no ranking is ever proved from
 * it and the queries read {@code flows} (docs/decisions/0294).
 */
final class HeavyKeyRollup {
    private HeavyKeyRollup() {}

    /** How many keys per metric and group are kept at import. */
    static final int KEYS = 1000;

    /**
     * One dimension set: its columns (the {@code dims} value is them joined by commas), a scalar key
     * over {@code flows} for the semi-join, and whether per-protocol bounds are kept (for sources the
     * per-protocol totals would cost a second grouping of millions of keys: one bound, all protocols).
     */
    record Dims(List<String> columns, String key, boolean perProto) {
        String name() { return String.join(",", columns); }
    }

    static final List<Dims> DIMS = List.of(
            new Dims(List.of("src_addr"), "src_addr", false),
            new Dims(List.of("dst_port"), "dst_port", true),
            // per-protocol totals of 2M+ pairs would cost a second grouping of them: one bound
            new Dims(List.of("src_port", "dst_port"), "(src_port::UINTEGER << 16) | dst_port", false));

    /** The dimension sets (column lists) that have heavy-key rows. */
    static List<List<String>> dimensionSets() {
        return DIMS.stream().map(Dims::columns).toList();
    }

    /** Datasets with fewer rows always keep their heavy-key rows: building them costs little there. */
    static final long SKIP_FROM_ROWS = 1_000_000;

    /** Above one row in this many of the dataset's, a large dataset's heavy-key rows are not kept. */
    static final long MAX_SHARE = 8;

    /** The ranked metrics: the bound table's column and the value over the totals' columns. */
    static final List<List<String>> METRICS = List.of(
            List.of("packets", "packets"), List.of("bytes", "bytes"), List.of("flows", "flows"),
            List.of("l2_bytes", "bytes + 18 * packets"));

    /**
     * Fills both tables for the dataset with {@code sums} (proven for it by {@link RollupSums#forDataset});
     * the caller holds the transaction and deleted the old rows.
     */
    static void build(Connection c, long datasetId, int keys, RollupSums sums, KnownSums known) throws SQLException {
        long rows = datasetRows(c, datasetId);
        // small datasets always keep their rows (worthKeeping): nothing to estimate
        HeavyRowEstimate.Sample sample = rows >= SKIP_FROM_ROWS ? HeavyRowEstimate.sample(c, datasetId) : null;
        try (Statement st = c.createStatement()) {
            for (Dims d : DIMS) {
                buildSet(c, d, datasetId, keys, sums, known, rows, sample);
                for (String t : List.of("heavy_rows", "heavy_top", "heavy_n", "heavy_all", "heavy_proto")) {
                    st.execute("DROP TABLE IF EXISTS " + t);
                }
            }
            st.execute("DROP TABLE IF EXISTS heavy_sample");
        }
    }

    /** One dimension set's bounds and, where they pay, its per-second rows. */
    private static void buildSet(Connection c, Dims d, long datasetId, int keys, RollupSums sums, KnownSums known,
                                 long rows, HeavyRowEstimate.Sample sample) throws SQLException {
        // every statement's text holds only constants of this class; the dataset id is bound
        String all = totals(c, d, datasetId, known);
        run(c, top(d, all, keys), datasetId);
        if (sample != null && clearlyTooMany(sample.estimate(c, d), rows)) {
            skip(c, d, datasetId);
            return;
        }
        StringBuilder bounds = new StringBuilder();
        for (List<String> m : METRICS) {
            bounds.append(", CASE WHEN n.n > ").append(keys).append(" THEN min(t.v) FILTER (WHERE t.metric = '")
                    .append(m.get(0)).append("') END");
        }
        StringBuilder cols = new StringBuilder();
        for (String col : List.of("src_addr", "src_port", "dst_port")) {
            cols.append(d.columns().contains(col) ? col : "NULL").append(", ");
        }
        // exact sums here (these are the values the queries add up); no ORDER BY: each dims
        // value's rows stay together, and no reader depends on their order (decision 0290)
        // a temporary table first (a third of the cost of the real one): its size decides
        run(c, "CREATE OR REPLACE TEMP TABLE heavy_rows AS SELECT dataset_id, '" + d.name() + "' AS dims,"
                + " date_trunc('second', ts) AS second, proto, "
                + cols + sums.sum("packets * sampling_rate") + ", " + sums.sum("bytes * sampling_rate") + ", "
                + known.flows(sums::sum)
                // a NULL key (no address, say) is a key like any other: IS NOT DISTINCT FROM
                + " FROM flows SEMI JOIN (SELECT DISTINCT k FROM heavy_top) AS h ON " + d.key() + " IS NOT DISTINCT FROM h.k"
                + " WHERE dataset_id = ?"
                + " GROUP BY ALL", datasetId);
        if (!worthKeeping(count(c, "heavy_rows"), rows)) {
            skip(c, d, datasetId);
            return;
        }
        run(c, "INSERT INTO rollup_heavy_bound SELECT ?, '" + d.name() + "', n.all_protos, n.proto" + bounds
                + " FROM heavy_n AS n LEFT JOIN heavy_top AS t ON t.all_protos = n.all_protos"
                + " AND t.proto IS NOT DISTINCT FROM n.proto GROUP BY n.all_protos, n.proto, n.n", datasetId);
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO rollup_heavy_second SELECT * FROM heavy_rows");
        }
    }

    /** No per-second rows for the set: one bound row that never proves a ranking (queries read {@code flows}). */
    private static void skip(Connection c, Dims d, long datasetId) throws SQLException {
        run(c, "INSERT INTO rollup_heavy_bound VALUES (?, '" + d.name() + "', true, NULL,"
                + " 'Infinity', 'Infinity', 'Infinity', 'Infinity')", datasetId);
    }

    /**
     * Whether an estimate of a set's per-second rows is far enough above what {@link #worthKeeping}
     * allows (half as much again) that building them only to drop them would be waste. The estimate
     * was within 2% of the true count on both benchmark datasets; a wrong answer costs speed (the
     * queries read {@code flows}), never a wrong value.
     */
    static boolean clearlyTooMany(HeavyRowEstimate estimate, long rows) {
        return estimate.usable() && estimate.rows() * MAX_SHARE * 2 > 3 * rows;
    }

    /** Whether a dimension set's {@code heavyRows} per-second rows are kept for a dataset of {@code rows} rows. */
    static boolean worthKeeping(long heavyRows, long rows) {
        return rows < SKIP_FROM_ROWS || heavyRows * MAX_SHARE <= rows;
    }

    private static long datasetRows(Connection c, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM flows WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * {@code heavy_all(k, packets, bytes, flows)} over all protocols and, when kept,
     * {@code heavy_proto(proto, k, ...)}, with {@code heavy_n}, the key count of each group. Sums in
     * DOUBLE (exact below 2^53): integer sums run as HUGEINT, 1.3-1.4x slower on millions of groups;
     * these totals only choose keys and bounds.
     */
    static String totals(Connection c, Dims d, long datasetId, KnownSums known) throws SQLException {
        String sums = "sum((packets * sampling_rate)::DOUBLE) AS packets, sum((bytes * sampling_rate)::DOUBLE) AS bytes, "
                + known.flowsAsDouble() + " AS flows FROM flows WHERE dataset_id = ? GROUP BY ALL";
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
    static String top(Dims d, String all, int keys) {
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE heavy_top AS ");
        for (int i = 0; i < METRICS.size(); i++) {
            String name = METRICS.get(i).get(0), value = METRICS.get(i).get(1);
            if (i > 0) sql.append(" UNION ALL ");
            // a top-N per metric over all protocols: no sort of millions of source totals; ties go to
            // the smaller key, so the same flows always keep the same keys (the scan order varies)
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
    static void run(Connection c, String sql, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= n; i++) ps.setLong(i, datasetId);
            ps.executeUpdate();
        }
    }
}
