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

/**
 * Streams the windows of one rule that meet its trigger, ordered by key and time, from either
 * the window query itself (a run) or a table holding its result (a sweep), into an
 * {@link AlertTracker}. Only triggering windows leave DuckDB.
 */
final class WindowRows {
    private WindowRows() {}

    /** @param source a table name or a parenthesised subquery with its parameters */
    static void stream(Connection c, SqlText source, Rule rule, Condition trigger, Set<Metric> metrics,
                       AlertTracker tracker) throws SQLException {
        List<Object> condParams = new ArrayList<>();
        String cond = trigger.toSql(condParams);
        SqlText q = new SqlText().add("SELECT * FROM ").add(source).add(" WHERE " + cond, condParams)
                .add(" ORDER BY " + rule.key().columns() + ", ws");
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            bind(ps, q.params());
            try (ResultSet rs = ps.executeQuery()) {
                int keys = rule.key().size();
                while (rs.next()) {
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

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }
}
