package org.flowbench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.flowbench.schema.FlowField;
import org.flowbench.store.ColumnMapping.Source;

/**
 * Imports a flow table exported elsewhere (Akvorado's ClickHouse, nfdump, a notebook) from
 * Parquet or CSV, converting inside DuckDB in one INSERT ... SELECT. Rows missing a time, an
 * address or a counter are damaged and make the dataset partial; lines that are not flow records
 * at all (nfdump's summary block, blank lines) are skipped and counted.
 */
public final class FlowTableImport {
    public enum FileFormat {
        PARQUET, CSV;

        public static FileFormat of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") || name.endsWith(".csv.gz") ? CSV : PARQUET;
        }
    }

    /** What the import did; {@code columns} maps each filled flows column to its source. */
    public record Result(long datasetId, DatasetStatus status, long rows, long damaged, long skipped,
                         Map<String, String> columns) {}

    private static final List<FlowField> REQUIRED = List.of(FlowField.TS, FlowField.SRC_ADDR, FlowField.DST_ADDR,
            FlowField.PACKETS, FlowField.BYTES);

    private final Workspace workspace;

    public FlowTableImport(Workspace workspace) {
        this.workspace = workspace;
    }

    public Result run(Path file, FileFormat format, ColumnMapping mapping) throws IOException, SQLException {
        if (!Files.isReadable(file)) throw new IOException("cannot read " + file);
        String reader = format == FileFormat.PARQUET ? "read_parquet(?)"
                : "read_csv(?, header = true, all_varchar = true, null_padding = true)";
        Map<String, String> types = columnTypes(reader, file);
        Map<FlowField, String> exprs = new LinkedHashMap<>();
        Map<String, String> used = new LinkedHashMap<>();
        for (Map.Entry<FlowField, Source> e : mapping.sources().entrySet()) {
            String actual = find(types, e.getValue().column());
            if (actual == null) continue;
            exprs.put(e.getKey(), SourceExpressions.convert(e.getKey(), actual, types.get(actual), e.getValue().conversion()));
            used.put(e.getKey().column(), actual);
        }
        for (FlowField f : REQUIRED) {
            if (!exprs.containsKey(f)) {
                throw new IOException(file + ": no column for " + f.column() + " (mapping '" + mapping.name() + "' looks for '"
                        + (mapping.sources().containsKey(f) ? mapping.sources().get(f).column() : "nothing")
                        + "'); the file has " + types.keySet());
            }
        }
        long id = workspace.datasets().create(file.getFileName().toString(), file.toAbsolutePath().toString(),
                Files.size(file), null, "table");
        try {
            long total = count("SELECT count(*) FROM " + reader, file);
            String converted = convertedRows(exprs, reader);
            long skipped = count("SELECT count(*) FROM (" + converted + ") WHERE ts IS NULL AND src_addr IS NULL AND dst_addr IS NULL", file);
            long rows = insert(id, converted, file);
            long damaged = total - skipped - rows;
            Rollups.build(workspace, id);
            DatasetStatus status = damaged > 0 ? DatasetStatus.PARTIAL : DatasetStatus.COMPLETE;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("kind", "table");
            report.put("mapping", mapping.name());
            report.put("columns", used);
            report.put("records", total);
            report.put("rows", rows);
            report.put("damaged", damaged);
            report.put("skippedNonRecords", skipped);
            if (damaged > 0) report.put("message", damaged + " rows lacked a readable time, address or counter and were not stored");
            workspace.datasets().finish(id, status, workspace.datasets().storedTotals(id),
                    new ObjectMapper().writeValueAsString(report));
            return new Result(id, status, rows, damaged, skipped, used);
        } catch (SQLException | RuntimeException e) {
            workspace.datasets().deleteRows(id);
            workspace.datasets().finish(id, DatasetStatus.FAILED, DatasetTotals.EMPTY,
                    new ObjectMapper().writeValueAsString(Map.of("kind", "table", "message", String.valueOf(e.getMessage()))));
            throw e;
        }
    }

    private Map<String, String> columnTypes(String reader, Path file) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement("SELECT * FROM " + reader + " LIMIT 0")) {
            ps.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) types.put(md.getColumnName(i), md.getColumnTypeName(i));
            }
        }
        return types;
    }

    private static String find(Map<String, String> types, String wanted) {
        for (String name : types.keySet()) if (name.equalsIgnoreCase(wanted)) return name;
        return null;
    }

    /** Every flows column but dataset_id, converted or defaulted, as one SELECT over the file. */
    private static String convertedRows(Map<FlowField, String> exprs, String reader) {
        StringJoiner select = new StringJoiner(", ");
        for (FlowField f : FlowField.all()) {
            if (f == FlowField.DATASET_ID) continue;
            select.add(exprs.getOrDefault(f, "NULL::" + f.duckDbType()) + " AS " + f.column());
        }
        return "SELECT " + select + " FROM " + reader;
    }

    private long insert(long id, String converted, Path file) throws SQLException {
        StringJoiner columns = new StringJoiner(", "), values = new StringJoiner(", ");
        for (FlowField f : FlowField.all()) {
            columns.add(f.column());
            values.add(switch (f) {
                case DATASET_ID -> "?";
                case IP_VERSION -> "coalesce(ip_version, CASE WHEN src_addr >> 32 = 65535 THEN 4 ELSE 6 END)";
                case PKT_LEN -> "coalesce(pkt_len, CASE WHEN packets > 0 THEN least(bytes // packets, 65535) ELSE 0 END)";
                case SAMPLING_RATE -> "greatest(coalesce(sampling_rate, 1), 1)";
                case FLOWS -> "coalesce(flows, 1)";
                // DESIGN.md: ports are 0 where there is no transport header, ICMP fields only for ICMP
                case SRC_PORT, DST_PORT -> "CASE WHEN proto IN (1, 58) THEN 0 ELSE coalesce(" + f.column() + ", 0) END";
                case ICMP_TYPE, ICMP_CODE -> "CASE WHEN proto IN (1, 58) THEN coalesce(" + f.column() + ", 0) ELSE 0 END";
                case DURATION_MS, PROTO, TCP_FLAGS, DSCP, FRAG ->
                        "coalesce(" + f.column() + ", 0)";
                default -> f.column();
            });
        }
        String sql = "INSERT INTO flows (" + columns + ") SELECT " + values + " FROM (" + converted + ")"
                + " WHERE ts IS NOT NULL AND src_addr IS NOT NULL AND dst_addr IS NOT NULL AND packets IS NOT NULL"
                + " AND bytes IS NOT NULL";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setString(2, file.toAbsolutePath().toString());
            return ps.executeUpdate();
        }
    }

    private long count(String sql, Path file) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
