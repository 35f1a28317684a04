package org.flowbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code datasets} table: one row per import, written IMPORTING first and finished last. */
public final class Datasets {
    private static final String COLUMNS =
            "id, name, source_path, kind, status, created_at, first_ts, last_ts, packets, bytes, rows, report";

    private final Connection c;

    Datasets(Connection c) {
        this.c = c;
    }

    /** Creates an IMPORTING dataset; a name already taken gets " (2)", " (3)", ... appended. */
    public long create(String name, String sourcePath, long fileSize, String fingerprint, String kind)
            throws SQLException {
        String unique = uniqueName(name);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO datasets (name, source_path, file_size, file_fingerprint, kind, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, unique);
            ps.setString(2, sourcePath);
            ps.setLong(3, fileSize);
            ps.setString(4, fingerprint);
            ps.setString(5, kind);
            ps.setString(6, DatasetStatus.IMPORTING.name());
            ps.setObject(7, SqlTime.toSql(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String uniqueName(String name) throws SQLException {
        String candidate = name;
        for (int n = 2; nameTaken(candidate); n++) candidate = name + " (" + n + ")";
        return candidate;
    }

    private boolean nameTaken(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM datasets WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Writes the final status, what was stored and the report; the last write of an import. */
    public void finish(long id, DatasetStatus status, DatasetTotals totals, String reportJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE datasets SET status = ?, first_ts = ?, last_ts = ?, packets = ?, bytes = ?, rows = ?, report = ?"
                        + " WHERE id = ?")) {
            ps.setString(1, status.name());
            ps.setObject(2, SqlTime.toSql(totals.firstTs()));
            ps.setObject(3, SqlTime.toSql(totals.lastTs()));
            ps.setLong(4, totals.packets());
            ps.setLong(5, totals.bytes());
            ps.setLong(6, totals.rows());
            ps.setString(7, reportJson);
            ps.setLong(8, id);
            ps.executeUpdate();
        }
    }

    public List<DatasetInfo> list() throws SQLException {
        List<DatasetInfo> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM datasets ORDER BY id")) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    public Optional<DatasetInfo> get(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM datasets WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Finds a dataset by its id (all digits) or else by its exact name. */
    public Optional<DatasetInfo> find(String idOrName) throws SQLException {
        if (!idOrName.isEmpty() && idOrName.chars().allMatch(Character::isDigit) && idOrName.length() < 10) {
            Optional<DatasetInfo> byId = get(Long.parseLong(idOrName));
            if (byId.isPresent()) return byId;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM datasets WHERE name = ?")) {
            ps.setString(1, idOrName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Gives a dataset another name; names are labels, so duplicates are allowed but blanks are not. */
    public void rename(long id, String name) throws SQLException {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a dataset needs a non-blank name");
        try (PreparedStatement ps = c.prepareStatement("UPDATE datasets SET name = ? WHERE id = ?")) {
            ps.setString(1, name.strip());
            ps.setLong(2, id);
            if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no dataset " + id);
        }
    }

    /** Deletes a dataset with its flows, rollups and incidents, all or nothing. */
    public void delete(long id) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            deleteRows("flows", "dataset_id", id);
            for (String table : Rollups.TABLES) deleteRows(table, "dataset_id", id);
            deleteRows("incidents", "dataset_id", id);
            deleteRows("datasets", "id", id);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Deletes only the stored rows (for a failed import that must leave nothing behind). */
    public void deleteRows(long id) throws SQLException {
        deleteRows("flows", "dataset_id", id);
        for (String table : Rollups.TABLES) deleteRows(table, "dataset_id", id);
    }

    private void deleteRows(String table, String column, long id) throws SQLException {
        // table and column are constants of this class, never user input
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Marks datasets still IMPORTING (the process died mid-import) as PARTIAL, with the totals
     * of the batches that did commit, so they never pass for complete.
     */
    List<DatasetInfo> markInterrupted() throws SQLException {
        List<DatasetInfo> stuck = new ArrayList<>();
        for (DatasetInfo d : list()) if (d.status() == DatasetStatus.IMPORTING) stuck.add(d);
        for (DatasetInfo d : stuck) {
            finish(d.id(), DatasetStatus.PARTIAL, storedTotals(d.id()), interruptedReport(d));
        }
        return stuck;
    }

    /** Totals recomputed from the committed rows. */
    public DatasetTotals storedTotals(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT min(ts), max(ts), coalesce(sum(packets), 0), coalesce(sum(bytes), 0), count(*)"
                        + " FROM flows WHERE dataset_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new DatasetTotals(SqlTime.read(rs, 1), SqlTime.read(rs, 2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5));
            }
        }
    }

    private static String interruptedReport(DatasetInfo d) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("datasetId", d.id());
        n.put("file", d.sourcePath());
        n.put("status", DatasetStatus.PARTIAL.name());
        n.put("message", "import interrupted: the process ended before the import finished;"
                + " the rows of the batches committed before are kept");
        return n.toString();
    }

    private static DatasetInfo read(ResultSet rs) throws SQLException {
        return new DatasetInfo(rs.getLong("id"), rs.getString("name"), rs.getString("source_path"),
                rs.getString("kind"), DatasetStatus.valueOf(rs.getString("status")), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "first_ts"), SqlTime.read(rs, "last_ts"), rs.getLong("packets"),
                rs.getLong("bytes"), rs.getLong("rows"), rs.getString("report"));
    }
}
