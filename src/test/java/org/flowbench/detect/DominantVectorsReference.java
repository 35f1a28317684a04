package org.flowbench.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.SqlTime;

/**
 * The implementation of DominantVectors before docs/decisions/0270, kept as the reference the new
 * one is compared with (DominantVectorsEqualityTest). The dominant vector of each alert's traffic (its key, in scope, between its start and the end
 * of its last triggering window). The alerts of one rule go in one query: their keys and ranges
 * are a VALUES table joined to the rows, so the rows are read once for all of them rather than
 * once per alert (10 alerts on 10M rows: one scan instead of ten).
 */
final class DominantVectorsReference {
    /** Alerts per query: bounds the statement's size. */
    private static final int BATCH = 256;

    private final Connection c;
    private final List<Long> datasets;

    DominantVectorsReference(Connection c, List<Long> datasets) {
        this.c = c;
        this.datasets = datasets;
    }

    /** One vector per alert, in order; null where the alert's range holds no rows. All alerts belong to {@code rule}. */
    List<DominantVector> of(Rule rule, SqlFragment scope, List<Alert> alerts) throws SQLException {
        List<DominantVector> out = new ArrayList<>(alerts.size());
        for (int from = 0; from < alerts.size(); from += BATCH) {
            out.addAll(batch(rule, scope, alerts.subList(from, Math.min(alerts.size(), from + BATCH))));
        }
        return out;
    }

    private List<DominantVector> batch(Rule rule, SqlFragment scope, List<Alert> alerts) throws SQLException {
        SqlText x = sql(rule, scope, alerts);
        DominantVector[] vectors = new DominantVector[alerts.size()];
        try (PreparedStatement ps = c.prepareStatement(x.sql())) {
            WindowRows.bind(ps, x.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    vectors[rs.getInt(1)] = new DominantVector(rs.getInt(2), (Integer) nullable(rs.getInt(3), rs.wasNull()),
                            (Integer) nullable(rs.getInt(4), rs.wasNull()), rs.getInt(5), rs.getDouble(6));
                }
            }
        }
        return Arrays.asList(vectors);
    }

    /** The statement for one batch of alerts (package-private so a profiler can EXPLAIN it). */
    SqlText sql(Rule rule, SqlFragment scope, List<Alert> alerts) {
        List<KeyPart> parts = rule.key().parts();
        SqlText x = new SqlText().add("WITH a AS (SELECT * FROM (VALUES ");
        Instant first = null, last = null;
        for (int n = 0; n < alerts.size(); n++) {
            Alert alert = alerts.get(n);
            x.add(n == 0 ? "(" : ", (").bind("?::INTEGER", n);
            for (int i = 0; i < parts.size(); i++) {
                Object v = alert.key().values().get(i);
                String type = parts.get(i).field().duckDbType();
                x.bind(", ?::VARCHAR::" + type, v == null ? null : v.toString());
            }
            x.bind(", ?::TIMESTAMP, ?::TIMESTAMP)", SqlTime.toSql(alert.start()), SqlTime.toSql(alert.lastTriggerEnd()));
            if (first == null || alert.start().isBefore(first)) first = alert.start();
            if (last == null || alert.lastTriggerEnd().isAfter(last)) last = alert.lastTriggerEnd();
        }
        List<String> columns = new ArrayList<>(List.of("i"));
        for (int i = 0; i < parts.size(); i++) columns.add("k" + i);
        columns.addAll(List.of("s", "e"));
        x.add(") AS v(" + String.join(", ", columns) + "))");
        x.add(", x AS (SELECT a.i, proto, src_port, dst_port, pkt_len, bytes * sampling_rate AS nb,"
                + " packets * sampling_rate AS pk FROM flows JOIN a ON ts >= a.s AND ts < a.e");
        for (int i = 0; i < parts.size(); i++) {
            List<Object> p = new ArrayList<>();
            x.add(" AND (" + parts.get(i).sql(p) + ") IS NOT DISTINCT FROM a.k" + i, p);
        }
        x.add(" WHERE dataset_id IN (" + String.join(", ", Collections.nCopies(datasets.size(), "?")) + ")");
        x.params().addAll(datasets);
        // the union of the alerts' ranges prunes row groups before the join
        x.bind(" AND ts >= ? AND ts < ?", SqlTime.toSql(first), SqlTime.toSql(last));
        x.add(" AND (" + scope.sql() + "))", scope.params());
        x.add(", p AS (SELECT i, proto, s FROM (SELECT i, proto, sum(nb) AS s,"
                + " row_number() OVER (PARTITION BY i ORDER BY sum(nb) DESC, proto) AS r FROM x GROUP BY i, proto) WHERE r = 1)"
                + ", xp AS (SELECT x.* FROM x JOIN p USING (i, proto))"
                + ", sp AS (SELECT i, src_port, s FROM (SELECT i, src_port, sum(nb) AS s,"
                + " row_number() OVER (PARTITION BY i ORDER BY sum(nb) DESC, src_port) AS r FROM xp GROUP BY i, src_port) WHERE r = 1)"
                + ", dp AS (SELECT i, dst_port, s FROM (SELECT i, dst_port, sum(nb) AS s,"
                + " row_number() OVER (PARTITION BY i ORDER BY sum(nb) DESC, dst_port) AS r FROM xp GROUP BY i, dst_port) WHERE r = 1)"
                + ", m AS (SELECT i, min(pkt_len) AS pkt_len FROM (SELECT i, pkt_len, sum(sum(pk)) OVER (PARTITION BY i ORDER BY pkt_len) AS c,"
                + " sum(sum(pk)) OVER (PARTITION BY i) AS t FROM xp GROUP BY i, pkt_len) WHERE c >= 0.5 * t GROUP BY i)"
                + ", t AS (SELECT i, sum(nb) AS s FROM x GROUP BY i)"
                // a port is dominant when it carries at least half of the protocol's bytes
                + " SELECT i, p.proto, CASE WHEN sp.s * 2 >= p.s THEN sp.src_port END,"
                + " CASE WHEN dp.s * 2 >= p.s THEN dp.dst_port END, m.pkt_len, p.s / t.s"
                + " FROM p JOIN sp USING (i) JOIN dp USING (i) JOIN m USING (i) JOIN t USING (i)");
        return x;
    }

    private static Object nullable(int v, boolean wasNull) {
        return wasNull ? null : v;
    }
}
