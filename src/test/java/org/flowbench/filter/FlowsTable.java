package org.flowbench.filter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flowbench.schema.FlowDdl;

/** An in-memory DuckDB with the real {@code flows} DDL, for running compiled filters. */
final class FlowsTable implements AutoCloseable {
    final Connection connection;

    FlowsTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute(FlowDdl.createFlowsTable());
        }
    }

    /** Inserts one row; {@code values} lists every column of the DDL in order, as SQL literals. */
    FlowsTable insert(String values) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO flows VALUES (" + values + ")");
        }
        return this;
    }

    long count(SqlFragment where) throws SQLException {
        return sum("count(*)", where);
    }

    long sum(String expression, SqlFragment where) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(" + expression + ", 0)::BIGINT FROM flows WHERE " + where.sql())) {
            for (int i = 0; i < where.params().size(); i++) ps.setObject(i + 1, where.params().get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
