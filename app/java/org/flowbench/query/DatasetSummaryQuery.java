package org.flowbench.query;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.Protocols;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/** Builds a {@link DatasetSummary} from the rollups an import leaves (from the raw rows without them). */
public final class DatasetSummaryQuery {
    public static final int TOP = 10;

    private final Workspace workspace;

    public DatasetSummaryQuery(Workspace workspace) {
        this.workspace = workspace;
    }

    public DatasetSummary summarize(long datasetId) throws SQLException {
        DatasetInfo d = workspace.datasets().get(datasetId)
                .orElseThrow(() -> new IllegalArgumentException("no dataset " + datasetId));
        // rollups are built at the end of an import; a dataset without them (still importing,
        // or written by a path that does not build them) is answered from the rows, only slower
        boolean rollups = Rollups.present(workspace, datasetId);
        long packets, bytes, rows, flows;
        try (PreparedStatement ps = workspace.connection().prepareStatement(rollups
                ? "SELECT coalesce(sum(packets), 0)::UBIGINT, coalesce(sum(bytes), 0)::UBIGINT,"
                        + " coalesce(sum(rows), 0)::UBIGINT, coalesce(sum(flows), 0)::UBIGINT"
                        + " FROM rollup_second_proto WHERE dataset_id = ?"
                : "SELECT coalesce(sum(packets * sampling_rate), 0)::UBIGINT,"
                        + " coalesce(sum(bytes * sampling_rate), 0)::UBIGINT, count(*), coalesce(sum(flows), 0)::UBIGINT"
                        + " FROM flows WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                packets = rs.getLong(1);
                bytes = rs.getLong(2);
                rows = rs.getLong(3);
                flows = rs.getLong(4);
            }
        }
        String order = " ORDER BY 3 DESC, 1 LIMIT " + TOP;
        String dst = rollups
                ? "SELECT dst_addr, sum(packets)::UBIGINT, sum(bytes)::UBIGINT FROM rollup_dst_minute"
                        + " WHERE dataset_id = ? GROUP BY 1" + order
                : "SELECT dst_addr, sum(packets * sampling_rate)::UBIGINT, sum(bytes * sampling_rate)::UBIGINT FROM flows"
                        + " WHERE dataset_id = ? GROUP BY 1" + order;
        String src = rollups
                ? "SELECT src_addr, packets, bytes FROM rollup_src_total WHERE dataset_id = ?" + order
                : "SELECT src_addr, sum(packets * sampling_rate)::UBIGINT, sum(bytes * sampling_rate)::UBIGINT FROM flows"
                        + " WHERE dataset_id = ? GROUP BY 1" + order;
        return new DatasetSummary(d.id(), d.name(), d.status(), d.firstTs(), d.lastTs(), packets, bytes, rows, flows,
                protocols(datasetId, rollups), top(dst, datasetId), top(src, datasetId));
    }

    private List<DatasetSummary.ProtocolTotal> protocols(long datasetId, boolean rollups) throws SQLException {
        List<DatasetSummary.ProtocolTotal> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(rollups
                ? "SELECT proto, sum(packets)::UBIGINT, sum(bytes)::UBIGINT FROM rollup_second_proto"
                        + " WHERE dataset_id = ? GROUP BY proto ORDER BY 3 DESC, 1"
                : "SELECT proto, sum(packets * sampling_rate)::UBIGINT, sum(bytes * sampling_rate)::UBIGINT FROM flows"
                        + " WHERE dataset_id = ? GROUP BY proto ORDER BY 3 DESC, 1")) {
            ps.setLong(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int proto = rs.getInt(1);
                    boolean known = !rs.wasNull();
                    out.add(new DatasetSummary.ProtocolTotal(known ? proto : -1, known ? Protocols.name(proto) : "unknown",
                            rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    private List<DatasetSummary.AddressTotal> top(String sql, long datasetId) throws SQLException {
        List<DatasetSummary.AddressTotal> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object a = rs.getObject(1);
                    String text = a == null ? "(none)" : Addresses.format((BigInteger) a);
                    out.add(new DatasetSummary.AddressTotal(text, rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }
}
