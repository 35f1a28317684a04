package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Summary tables built once at the end of an import, so the summary, top-N, chart series and
 * detection windows answer in milliseconds on 10M+ rows (docs/decisions/0005, 0230): per second
 * and destination, per minute and destination, per destination, per source, and per second and protocol.
 * Rates are scaled by the sampling rate here, like every view shows them; {@code flows} is not.
 */
public final class Rollups {
    private Rollups() {}

    /** Every rollup table; each has a {@code dataset_id} column. */
    public static final List<String> TABLES =
            List.of("rollup_dst_second", "rollup_dst_minute", "rollup_dst_total", "rollup_src_total", "rollup_second_proto",
                    "rollup_heavy_second", "rollup_heavy_bound");

    /** The columns of {@code rollup_dst_second} a filter or key may read besides its sums. */
    public static final List<String> DST_SECOND_DIMENSIONS = List.of("dst_addr", "ip_version", "proto");

    /**
     * The dimension sets (registry column names, in this order) with per-second rows for their
     * heaviest keys in {@code rollup_heavy_second}, named in its {@code dims} column by the names
     * joined with commas (docs/decisions/0260).
     */
    public static final List<List<String>> HEAVY_DIMENSIONS = HeavyKeyRollup.dimensionSets();

    /**
     * Replaces the dataset's rollup rows with ones computed from its flows. Only the source totals
     * and the per-second per-destination rollup scan the rows; the per-minute and per-protocol ones
     * are sums of the latter (fewer rows, identical values). The source totals come first: they
     * prove whether the other sums may run in DOUBLE ({@link RollupSums}, docs/decisions/0290).
     */
    public static void build(Workspace workspace, long datasetId) throws SQLException {
        build(workspace.connection(), datasetId, step -> { });
    }

    /**
     * As {@link #build(Workspace, long)}, naming each step to {@code steps} before it runs: on 20M
     * rows they take seconds, and an import's progress line says what it is waiting for.
     */
    public static void build(Workspace workspace, long datasetId, Consumer<String> steps) throws SQLException {
        build(workspace.connection(), datasetId, steps);
    }

    private static void build(Connection c, long datasetId, Consumer<String> steps) throws SQLException {
        inTransaction(c, () -> {
            for (String table : TABLES) run(c, "DELETE FROM " + table + " WHERE dataset_id = ?", datasetId);
            steps.accept("totals per source");
            KnownSums known = KnownSums.forDataset(c, datasetId);
            insertSourceTotals(c, datasetId, RollupSums::provisionalSum, known);
            RollupSums sums = RollupSums.forDataset(c, datasetId);
            if (sums == RollupSums.INTEGER) {
                run(c, "DELETE FROM rollup_src_total WHERE dataset_id = ?", datasetId);
                insertSourceTotals(c, datasetId, sums::sum, known);
            }
            String packets = "packets * sampling_rate", bytes = "bytes * sampling_rate";
            // SYN without ACK and IP fragments (RFC 8955 IsF), as detect.Metric counts them
            String syn = "proto = 6 AND (tcp_flags & 18) = 2", frag = "(frag & 2) <> 0";
            // no ORDER BY on the per-second and per-minute rows: no reader depends on their order,
            // and the sort was a fifth of this statement (docs/decisions/0290)
            steps.accept("traffic per second and destination");
            run(c, "INSERT INTO rollup_dst_second SELECT dataset_id, date_trunc('second', ts), dst_addr, ip_version, proto, "
                    + sums.sum(packets) + ", " + sums.sum(bytes) + ", " + known.flows(sums::sum) + ", "
                    + sums.sumWhere(packets, syn) + ", " + sums.sumWhere(bytes, syn) + ", "
                    + known.fragments(sums, packets, frag) + ", " + known.fragments(sums, bytes, frag) + ", count(*)"
                    + " FROM flows WHERE dataset_id = ? GROUP BY ALL", datasetId);
            steps.accept("traffic per minute and destination");
            run(c, "INSERT INTO rollup_dst_minute SELECT dataset_id, date_trunc('minute', second), dst_addr, "
                    + sums.sum("packets") + ", " + sums.sum("bytes") + ", " + sums.sum("flows")
                    + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL", datasetId);
            run(c, "INSERT INTO rollup_dst_total SELECT dataset_id, dst_addr, sum(packets), sum(bytes), sum(flows)"
                    + " FROM rollup_dst_minute WHERE dataset_id = ? GROUP BY ALL", datasetId);
            run(c, "INSERT INTO rollup_second_proto SELECT dataset_id, second, proto,"
                    + " sum(packets), sum(bytes), sum(flows), sum(rows)"
                    + " FROM rollup_dst_second WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
            steps.accept("heaviest sources and ports per second");
            HeavyKeyRollup.build(c, datasetId, HeavyKeyRollup.KEYS, sums, known);
        });
    }

    private static void insertSourceTotals(Connection c, long datasetId, java.util.function.UnaryOperator<String> sum,
                                           KnownSums known) throws SQLException {
        run(c, "INSERT INTO rollup_src_total SELECT dataset_id, src_addr, " + sum.apply("packets * sampling_rate") + ", "
                + sum.apply("bytes * sampling_rate") + ", " + known.flows(sum)
                + " FROM flows WHERE dataset_id = ? GROUP BY ALL", datasetId);
    }

    /** The schema version that added {@code rollup_dst_second} and {@code rollup_dst_total} (migrations 3 and 4). */
    static final int PER_DESTINATION_SINCE = 4;

    /**
     * Builds every rollup of the datasets that have the older ones but not the per-destination
     * ones (a workspace written before migration 4); returns how many datasets it rebuilt.
     */
    static int addMissingPerDestination(Connection c) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT DISTINCT dataset_id FROM rollup_second_proto ORDER BY 1")) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        int rebuilt = 0;
        for (long id : ids) {
            if (perSecondDestinationPresent(c, List.of(id))) continue;
            build(c, id, step -> { });
            rebuilt++;
        }
        return rebuilt;
    }

    /**
     * Rebuilds only the heavy-key rows of a dataset that has the other rollups, keeping {@code keys}
     * keys per metric and group: tests use a small number so that bounds exist on a few rows.
     */
    public static void rebuildHeavyKeys(Workspace workspace, long datasetId, int keys) throws SQLException {
        Connection c = workspace.connection();
        inTransaction(c, () -> {
            for (String table : List.of("rollup_heavy_second", "rollup_heavy_bound")) {
                run(c, "DELETE FROM " + table + " WHERE dataset_id = ?", datasetId);
            }
            HeavyKeyRollup.build(c, datasetId, keys, RollupSums.forDataset(c, datasetId), KnownSums.forDataset(c, datasetId));
        });
    }

    /** The schema version that added the heavy-key rollup (migration 6). */
    static final int HEAVY_KEYS_SINCE = 6;

    /**
     * Builds the heavy-key rows of every dataset that has the other rollups but not these (a
     * workspace written before migration 6); returns how many datasets it built them for.
     */
    static int addMissingHeavyKeys(Connection c) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT DISTINCT dataset_id FROM rollup_second_proto"
                     + " WHERE dataset_id NOT IN (SELECT dataset_id FROM rollup_heavy_bound) ORDER BY 1")) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        for (long id : ids) {
            inTransaction(c, () -> HeavyKeyRollup.build(c, id, HeavyKeyRollup.KEYS, RollupSums.forDataset(c, id),
                    KnownSums.forDataset(c, id)));
        }
        return ids.size();
    }

    /** SQL work that commits as a whole or not at all. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, SqlWork work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Whether every one of the datasets has its heavy-key bounds (and so its heavy-key rows). */
    public static boolean heavyKeysPresent(Connection c, List<Long> datasetIds) throws SQLException {
        return present(c, "rollup_heavy_bound", datasetIds);
    }

    /** Whether the dataset has rollup rows (an import that stored rows builds them all at once). */
    public static boolean present(Workspace workspace, long datasetId) throws SQLException {
        return present(workspace.connection(), "rollup_second_proto", List.of(datasetId));
    }

    /**
     * Whether every one of the datasets has per-second per-destination rows and per-destination
     * totals: datasets imported before those rollups existed (or holding no rows) do not, and their
     * readers use {@code flows} or the older rollups.
     */
    public static boolean perSecondDestinationPresent(Connection c, List<Long> datasetIds) throws SQLException {
        // built together; a workspace migrated between the two tables' migrations has only the first
        return present(c, "rollup_dst_second", datasetIds) && present(c, "rollup_dst_total", datasetIds);
    }

    private static boolean present(Connection c, String table, List<Long> datasetIds) throws SQLException {
        if (datasetIds.isEmpty()) return false;
        // table is a constant of this class, never user input; EXISTS stops at the first row
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE dataset_id = ?)")) {
            for (long id : datasetIds) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) return false;
                }
            }
            return true;
        }
    }

    private static void run(Connection c, String sql, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, datasetId);
            ps.executeUpdate();
        }
    }
}
