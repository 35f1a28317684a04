package org.flowbench.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;
import org.flowbench.store.Workspace;

/**
 * Runs one user-written query against a workspace opened read-only. Three fences: the file is
 * opened READ_ONLY, external access (files, ATTACH, COPY TO) is switched off for the session,
 * and only a single statement that starts like a query and returns rows is accepted.
 */
public final class ReadOnlySql {
    private static final Set<String> QUERY_KEYWORDS = Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "SHOW",
            "DESCRIBE", "DESC", "SUMMARIZE", "EXPLAIN", "PIVOT", "UNPIVOT");

    private final Workspace workspace;

    public ReadOnlySql(Workspace workspace) throws SQLException {
        if (!workspace.isReadOnly()) throw new IllegalArgumentException("the SQL console needs a workspace opened read-only");
        this.workspace = workspace;
        try (Statement st = workspace.connection().createStatement()) {
            st.execute("SET enable_external_access = false");
        }
    }

    /** @param maxRows rows kept at most (the rest are counted but not returned); 0 for all */
    public ResultTable run(String sql, int maxRows) throws QueryException {
        try {
            return execute(sql, maxRows);
        } catch (SQLException e) {
            throw new QueryException(e.getMessage(), e);
        }
    }

    private ResultTable execute(String sql, int maxRows) throws SQLException, SqlRefusedException {
        String first = SqlText.firstKeyword(sql).toUpperCase(Locale.ROOT);
        if (!QUERY_KEYWORDS.contains(first)) {
            throw new SqlRefusedException("only queries are allowed (SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, ...);"
                    + (first.isEmpty() ? " the statement is empty" : " this statement starts with " + first));
        }
        if (SqlText.hasSecondStatement(sql)) throw new SqlRefusedException("one statement at a time, please");
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ResultSetMetaData meta = ps.getMetaData();
            if (meta instanceof DuckDBResultSetMetaData d && d.getReturnType() != StatementReturnType.QUERY_RESULT) {
                throw new SqlRefusedException("only statements that return rows are allowed");
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData m = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) columns.add(m.getColumnLabel(i));
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next() && (maxRows <= 0 || rows.size() < maxRows)) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) row.add(plain(rs, i));
                    rows.add(row);
                }
                return new ResultTable(columns, rows);
            }
        }
    }

    /** Numbers, text, booleans and null stay; times and anything else become their text. */
    private static Object plain(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        // TIMESTAMP holds UTC wall-clock time: read it zone-free, not through java.sql.Timestamp's default zone
        if (v instanceof java.sql.Timestamp) return rs.getObject(column, java.time.LocalDateTime.class).toString();
        if (v == null || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof BigInteger || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof TemporalAccessor || v instanceof java.util.Date) return v.toString();
        return String.valueOf(v);
    }
}
