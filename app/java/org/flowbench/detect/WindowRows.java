package org.flowbench.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowbench.store.StatementCancel;
import org.flowbench.task.Cancellation;

/**
 * Streams the windows of one rule that meet its trigger, ordered by key and time, from either
 * the window query itself (a run) or a table holding its result (a sweep), into an
 * {@link AlertTracker}. Only triggering windows leave DuckDB.
 */
final class WindowRows {
    private WindowRows() {}

    /** Rows checked between two polls of the cancellation while windows stream in. */
    private static final int POLL_ROWS = 4096;

    /** @param source a table name or a parenthesised subquery with its parameters */
    static void stream(Connection c, SqlText source, Rule rule, Condition trigger, Set<Metric> metrics,
                       AlertTracker tracker) throws SQLException {
        stream(c, source, rule, trigger, metrics, tracker, Cancellation.none());
    }

    /** As above; {@code cancel} interrupts the statement and stops the stream. */
    static void stream(Connection c, SqlText source, Rule rule, Condition trigger, Set<Metric> metrics,
                       AlertTracker tracker, Cancellation cancel) throws SQLException {
        List<Object> condParams = new ArrayList<>();
        String cond = trigger.toSql(condParams);
        SqlText q = new SqlText().add("SELECT * FROM ").add(source).add(" WHERE " + cond, condParams)
                .add(" ORDER BY " + rule.key().columns() + ", ws");
        cancel.check();
        try (PreparedStatement ps = c.prepareStatement(q.sql());
             Cancellation.Registration stop = StatementCancel.watch(cancel, ps)) {
            bind(ps, q.params());
            try (ResultSet rs = ps.executeQuery()) {
                int keys = rule.key().size();
                int rows = 0;
                while (rs.next()) {
                    if (++rows % POLL_ROWS == 0) cancel.check();
                    List<Object> key = new ArrayList<>(keys);
                    for (int i = 0; i < keys; i++) key.add(rs.getObject(GroupKey.column(i)));
                    long ws = rs.getLong("ws"), we = rs.getLong("we");
                    Map<Metric, Double> values = new EnumMap<>(Metric.class);
                    for (Metric m : metrics) {
                        double v = rs.getDouble(m.column());
                        if (!rs.wasNull()) values.put(m, v);
                    }
                    tracker.accept(key, ws, we, new TriggeredWindow(Instant.ofEpochSecond(ws), Instant.ofEpochSecond(we), values));
                }
            }
        }
        tracker.flush();
    }

    /**
     * One pass over a sweep's window table for many points at once: each point's trigger becomes
     * a boolean column, and every row is handed, in key and time order, to the trackers of the
     * points whose column is true. Each tracker sees exactly the rows its own filtered query
     * would have returned, in the same order.
     */
    static void streamPoints(Connection c, String table, Rule rule, List<Condition> triggers, Set<Metric> metrics,
                             List<AlertTracker> trackers, Cancellation cancel) throws SQLException {
        SqlText q = new SqlText().add("SELECT *");
        for (int p = 0; p < triggers.size(); p++) {
            List<Object> condParams = new ArrayList<>();
            String cond = triggers.get(p).toSql(condParams);
            q.add(", coalesce(" + cond + ", FALSE) AS fb_point_" + p, condParams);
        }
        q.add(" FROM " + table + " ORDER BY " + rule.key().columns() + ", ws");
        cancel.check();
        try (PreparedStatement ps = c.prepareStatement(q.sql());
             Cancellation.Registration stop = StatementCancel.watch(cancel, ps)) {
            bind(ps, q.params());
            try (ResultSet rs = ps.executeQuery()) {
                int keys = rule.key().size();
                int[] pointColumn = new int[triggers.size()];
                for (int p = 0; p < pointColumn.length; p++) pointColumn[p] = rs.findColumn("fb_point_" + p);
                int rows = 0;
                while (rs.next()) {
                    if (++rows % POLL_ROWS == 0) cancel.check();
                    List<Object> key = null;
                    TriggeredWindow window = null;
                    long ws = 0, we = 0;
                    for (int p = 0; p < pointColumn.length; p++) {
                        if (!rs.getBoolean(pointColumn[p])) continue;
                        if (window == null) {
                            key = new ArrayList<>(keys);
                            for (int i = 0; i < keys; i++) key.add(rs.getObject(GroupKey.column(i)));
                            ws = rs.getLong("ws");
                            we = rs.getLong("we");
                            Map<Metric, Double> values = new EnumMap<>(Metric.class);
                            for (Metric m : metrics) {
                                double v = rs.getDouble(m.column());
                                if (!rs.wasNull()) values.put(m, v);
                            }
                            window = new TriggeredWindow(Instant.ofEpochSecond(ws), Instant.ofEpochSecond(we), values);
                        }
                        trackers.get(p).accept(key, ws, we, window);
                    }
                }
            }
        }
        for (AlertTracker t : trackers) t.flush();
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }
}
