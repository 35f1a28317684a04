package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.flowbench.task.Cancellation;

/**
 * A query running under a task's cancellation ({@link StatementCancel}): a cancel stops it inside
 * DuckDB. Closing it closes the rows, the watch and the statement. Parameters are bound, instants
 * as DuckDB timestamps ({@link SqlTime}).
 */
public final class CancellableQuery implements AutoCloseable {
    private final PreparedStatement statement;
    private final Cancellation.Registration watch;
    private final ResultSet rows;

    private CancellableQuery(PreparedStatement statement, Cancellation.Registration watch, ResultSet rows) {
        this.statement = statement;
        this.watch = watch;
        this.rows = rows;
    }

    /** Runs the query; throws at once when {@code cancel} is already cancelled. */
    public static CancellableQuery start(Connection c, String sql, List<?> params, Cancellation cancel) throws SQLException {
        cancel.check();
        PreparedStatement ps = c.prepareStatement(sql);
        Cancellation.Registration watch = null;
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                ps.setObject(i + 1, p instanceof Instant t ? SqlTime.toSql(t) : p);
            }
            watch = StatementCancel.watch(cancel, ps);
            return new CancellableQuery(ps, watch, ps.executeQuery());
        } catch (SQLException | RuntimeException e) {
            try (ps; Cancellation.Registration w = watch) {
                throw e;
            }
        }
    }

    public ResultSet rows() { return rows; }

    @Override
    public void close() throws SQLException {
        try (statement; watch; rows) {
            // closed in reverse order: rows, watch, statement
        }
    }
}
