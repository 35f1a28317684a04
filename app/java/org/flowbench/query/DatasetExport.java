package org.flowbench.query;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.FlowField;
import org.flowbench.store.SqlTime;
import org.flowbench.store.Workspace;

/**
 * Writes a dataset, or a filtered time range of it, to Parquet or CSV for a colleague, a notebook
 * or a ticket. Addresses are written as text and counters as stored (sampling rate alongside),
 * so the file reads the same in pandas, DuckDB, ClickHouse or a spreadsheet.
 */
public final class DatasetExport {
    public enum Format { PARQUET, CSV }

    private final Workspace workspace;

    public DatasetExport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Exports the rows of the dataset that pass the filter within [from, to) (nulls: no bound). */
    public long export(long datasetId, SqlFragment filter, Instant from, Instant to, Path out, Format format)
            throws SQLException {
        StringJoiner columns = new StringJoiner(", ");
        for (FlowField f : FlowField.all()) {
            if (f == FlowField.DATASET_ID) continue;
            columns.add(f.filterType() == FlowField.FilterType.ADDRESS
                    ? "addr_text(" + f.column() + ") AS " + f.column() : f.column());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("dataset_id = ?");
        params.add(datasetId);
        if (from != null) { where.append(" AND ts >= ?"); params.add(SqlTime.toSql(from)); }
        if (to != null) { where.append(" AND ts < ?"); params.add(SqlTime.toSql(to)); }
        if (!filter.isTrue()) { where.append(" AND (").append(filter.sql()).append(')'); params.addAll(filter.params()); }
        // COPY's target takes no parameter: the path is written as an escaped literal; the filter's
        // values stay bound parameters
        String sql = "COPY (SELECT " + columns + " FROM flows WHERE " + where + " ORDER BY ts) TO "
                + literal(out.toAbsolutePath().toString()) + " (FORMAT " + format.name().toLowerCase(Locale.ROOT)
                + (format == Format.CSV ? ", HEADER" : "") + ")";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            return ps.executeUpdate();
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
