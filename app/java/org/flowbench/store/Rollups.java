package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Summary tables built once at the end of an import, so the summary, top-N and chart series
 * answer in milliseconds on 10M+ rows (docs/decisions/0005): per minute and destination,
 * per source, and per second and protocol.
 * Rates are scaled by the sampling rate here, like every view shows them.
 */
public final class Rollups {
    private Rollups() {}

    /** Replaces the dataset's rollup rows with ones computed from its flows. */
    public static void build(Workspace workspace, long datasetId) throws SQLException {
        Connection c = workspace.connection();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            run(c, "DELETE FROM rollup_dst_minute WHERE dataset_id = ?", datasetId);
            run(c, "DELETE FROM rollup_src_total WHERE dataset_id = ?", datasetId);
            run(c, "DELETE FROM rollup_second_proto WHERE dataset_id = ?", datasetId);
            run(c, "INSERT INTO rollup_dst_minute SELECT dataset_id, date_trunc('minute', ts), dst_addr,"
                    + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows)"
                    + " FROM flows WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
            run(c, "INSERT INTO rollup_src_total SELECT dataset_id, src_addr,"
                    + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows)"
                    + " FROM flows WHERE dataset_id = ? GROUP BY ALL", datasetId);
            run(c, "INSERT INTO rollup_second_proto SELECT dataset_id, date_trunc('second', ts), proto,"
                    + " sum(packets * sampling_rate), sum(bytes * sampling_rate), sum(flows), count(*)"
                    + " FROM flows WHERE dataset_id = ? GROUP BY ALL ORDER BY 2", datasetId);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Whether the dataset has rollup rows (an import that stored rows builds them all at once). */
    public static boolean present(Workspace workspace, long datasetId) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM rollup_second_proto WHERE dataset_id = ?)")) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void run(Connection c, String sql, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, datasetId);
            ps.executeUpdate();
        }
    }
}
