package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The {@code incidents} table: labels that detection runs are scored against. */
public final class Incidents {
    private static final String COLUMNS = "id, dataset_id, name, kind, start_ts, end_ts, victim, filter, notes";

    private final Connection c;

    Incidents(Connection c) {
        this.c = c;
    }

    /** Stores an incident (its id is ignored) and returns the new id. */
    public long add(Incident i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO incidents (dataset_id, name, kind, start_ts, end_ts, victim, filter, notes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            bindFields(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Replaces every field of the incident with this id; false when there is no such incident. */
    public boolean update(Incident i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET dataset_id = ?, name = ?, kind = ?,"
                + " start_ts = ?, end_ts = ?, victim = ?, filter = ?, notes = ? WHERE id = ?")) {
            bindFields(ps, i);
            ps.setLong(9, i.id());
            return ps.executeUpdate() == 1;
        }
    }

    private static void bindFields(PreparedStatement ps, Incident i) throws SQLException {
        if (i.datasetId() == null) ps.setNull(1, Types.INTEGER); else ps.setLong(1, i.datasetId());
        ps.setString(2, i.name());
        ps.setString(3, i.kind().sqlName());
        ps.setObject(4, SqlTime.toSql(i.start()));
        ps.setObject(5, SqlTime.toSql(i.end()));
        ps.setString(6, i.victim());
        ps.setString(7, i.filter());
        ps.setString(8, i.notes());
    }

    public List<Incident> list() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents ORDER BY start_ts, id")) {
            return read(ps);
        }
    }

    /** The incidents of one dataset plus those that apply to any dataset. */
    public List<Incident> forDataset(long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM incidents WHERE dataset_id = ? OR dataset_id IS NULL ORDER BY start_ts, id")) {
            ps.setLong(1, datasetId);
            return read(ps);
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static List<Incident> read(PreparedStatement ps) throws SQLException {
        List<Incident> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long ds = rs.getLong("dataset_id");
                Long datasetId = rs.wasNull() ? null : ds;
                out.add(new Incident(rs.getLong("id"), datasetId, rs.getString("name"),
                        IncidentKind.fromSql(rs.getString("kind")), SqlTime.read(rs, "start_ts"),
                        SqlTime.read(rs, "end_ts"), rs.getString("victim"), rs.getString("filter"),
                        rs.getString("notes")));
            }
        }
        return out;
    }
}
