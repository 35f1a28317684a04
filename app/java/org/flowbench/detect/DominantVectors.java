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
import org.flowbench.filter.FragmentColumns;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.Rollups;
import org.flowbench.store.SqlTime;

/**
 * The dominant vector of each alert's traffic (its key, in scope, between its start and the end
 * of its last triggering window). The alerts of one rule go in one query: their keys and ranges
 * are a VALUES table joined to the rows, so the rows are read once for all of them (0241).
 *
 * <p>What the query spends (docs/decisions/0270): the dominant protocol and its share come from
 * {@code rollup_dst_second} when it holds them exactly, so only that protocol's raw rows are read
 * and kept; a port is dominant only with half the protocol's bytes, so it lies in a 64-port
 * bucket holding half of them too: ports are first summed per bucket and then exactly only in
 * those (at most two) buckets, instead of grouping every port of a flood with random ports.
 */
final class DominantVectors {
    /** Alerts per query: bounds the statement's size. */
    private static final int BATCH = 256;

    private final Connection c;
    private final List<Long> datasets;

    DominantVectors(Connection c, List<Long> datasets) {
        this.c = c;
        this.datasets = datasets;
    }

    /** One vector per alert, in order; null where the alert's range holds no rows. All alerts belong to {@code rule}. */
    List<DominantVector> of(Rule rule, SqlFragment scope, List<Alert> alerts) throws SQLException {
        return batchOf(rule, scope, alerts, rollupAnswers(rule, scope, alerts) && Rollups.perSecondDestinationPresent(c, datasets));
    }

    /** As {@link #of}, on the path given (tests compare both): {@code rollup} only when {@link #rollupAnswers}. */
    List<DominantVector> batchOf(Rule rule, SqlFragment scope, List<Alert> alerts, boolean rollup) throws SQLException {
        List<DominantVector> out = new ArrayList<>(alerts.size());
        for (int from = 0; from < alerts.size(); from += BATCH) {
            List<Alert> batch = alerts.subList(from, Math.min(alerts.size(), from + BATCH));
            out.addAll(batch(sql(rule, scope, batch, rollup), batch.size()));
        }
        return out;
    }

    /**
     * Whether {@code rollup_dst_second} holds the protocols' bytes of every alert exactly: key
     * and scope read only its dimensions, and every range starts and ends on a whole second.
     */
    static boolean rollupAnswers(Rule rule, SqlFragment scope, List<Alert> alerts) {
        for (KeyPart p : rule.key().parts()) if (!Rollups.DST_SECOND_DIMENSIONS.contains(p.field().column())) return false;
        for (Alert a : alerts) if (a.start().getNano() != 0 || a.lastTriggerEnd().getNano() != 0) return false;
        return FragmentColumns.readsOnly(scope, Rollups.DST_SECOND_DIMENSIONS);
    }

    private List<DominantVector> batch(SqlText x, int size) throws SQLException {
        DominantVector[] vectors = new DominantVector[size];
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

    /**
     * The statement for one batch of alerts; {@code rollup} only when {@link #rollupAnswers}.
     * Package-private so a profiler can EXPLAIN it.
     */
    SqlText sql(Rule rule, SqlFragment scope, List<Alert> alerts, boolean rollup) {
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
        if (rollup) {
            // per alert and protocol, the bytes the raw rows would sum (the rollup's are scaled the same way)
            x.add(", pr AS (SELECT a.i, proto, sum(bytes) AS s FROM rollup_dst_second JOIN a ON second >= a.s AND second < a.e");
            keyMatch(x, parts);
            where(x, "second", scope, first, last);
            x.add(" GROUP BY a.i, proto)");
            x.add(", p AS (SELECT i, proto, s FROM (SELECT i, proto, s, row_number() OVER (PARTITION BY i ORDER BY s DESC, proto) AS r"
                    + " FROM pr) WHERE r = 1), t AS (SELECT i, sum(s) AS s FROM pr GROUP BY i)");
            // only the dominant protocol's raw rows (= as before: a NULL protocol never matched)
            x.add(", ap AS (SELECT a.*, p.proto AS vector_proto FROM a JOIN p USING (i))");
            x.add(", xp AS (SELECT ap.i, src_port, dst_port, pkt_len, bytes * sampling_rate AS nb, packets * sampling_rate AS pk"
                    + " FROM flows JOIN ap ON ts >= ap.s AND ts < ap.e AND proto = ap.vector_proto");
            for (int i = 0; i < parts.size(); i++) {
                List<Object> p = new ArrayList<>();
                x.add(" AND (" + parts.get(i).sql(p) + ") IS NOT DISTINCT FROM ap.k" + i, p);
            }
            where(x, "ts", scope, first, last);
            x.add(")");
        } else {
            x.add(", x AS (SELECT a.i, proto, src_port, dst_port, pkt_len, bytes * sampling_rate AS nb,"
                    + " packets * sampling_rate AS pk FROM flows JOIN a ON ts >= a.s AND ts < a.e");
            keyMatch(x, parts);
            where(x, "ts", scope, first, last);
            x.add(")");
            x.add(", p AS (SELECT i, proto, s FROM (SELECT i, proto, sum(nb) AS s,"
                    + " row_number() OVER (PARTITION BY i ORDER BY sum(nb) DESC, proto) AS r FROM x GROUP BY i, proto) WHERE r = 1)"
                    + ", xp AS (SELECT x.* FROM x JOIN p USING (i, proto))"
                    + ", t AS (SELECT i, sum(nb) AS s FROM x GROUP BY i)");
        }
        x.add(", " + dominantPort("sp", "src_port") + ", " + dominantPort("dp", "dst_port"));
        x.add(", m AS (SELECT i, min(pkt_len) AS pkt_len FROM (SELECT i, pkt_len, sum(sum(pk)) OVER (PARTITION BY i ORDER BY pkt_len) AS c,"
                + " sum(sum(pk)) OVER (PARTITION BY i) AS t FROM xp GROUP BY i, pkt_len) WHERE c >= 0.5 * t GROUP BY i)"
                // a port is dominant when it carries at least half of the protocol's bytes
                + " SELECT i, p.proto, CASE WHEN sp.s * 2 >= p.s THEN sp.src_port END,"
                + " CASE WHEN dp.s * 2 >= p.s THEN dp.dst_port END, m.pkt_len, p.s / t.s"
                // m has a row exactly when the alert has rows of its protocol; sp and dp only when a port may dominate
                + " FROM p JOIN m USING (i) JOIN t USING (i) LEFT JOIN sp USING (i) LEFT JOIN dp USING (i)");
        return x;
    }

    private static void keyMatch(SqlText x, List<KeyPart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            List<Object> p = new ArrayList<>();
            x.add(" AND (" + parts.get(i).sql(p) + ") IS NOT DISTINCT FROM a.k" + i, p);
        }
    }

    private void where(SqlText x, String time, SqlFragment scope, Instant first, Instant last) {
        x.add(" WHERE dataset_id IN (" + String.join(", ", Collections.nCopies(datasets.size(), "?")) + ")");
        x.params().addAll(datasets);
        // the union of the alerts' ranges prunes row groups before the join
        x.bind(" AND " + time + " >= ? AND " + time + " < ?", SqlTime.toSql(first), SqlTime.toSql(last));
        x.add(" AND (" + scope.sql() + ")", scope.params());
    }

    /**
     * The port with the most bytes (ties: the smaller) among the ports of the 64-port buckets
     * holding at least half the protocol's bytes. A port with half the bytes lies in such a
     * bucket, as does any port tying with it, so whenever the top port dominates it is found
     * here; when none dominates, whatever is found is below half and the CASE drops it.
     */
    private static String dominantPort(String name, String column) {
        String buckets = name + "b";
        return buckets + " AS (SELECT bs.i, bs.b FROM (SELECT i, " + column + " >> 6 AS b, sum(nb) AS s FROM xp GROUP BY i, b) bs"
                + " JOIN p USING (i) WHERE bs.s * 2 >= p.s), "
                + name + " AS (SELECT i, " + column + ", s FROM (SELECT i, " + column + ", sum(nb) AS s,"
                + " row_number() OVER (PARTITION BY i ORDER BY sum(nb) DESC, " + column + ") AS r"
                + " FROM xp SEMI JOIN " + buckets + " ON xp.i = " + buckets + ".i AND xp." + column + " >> 6 = " + buckets + ".b"
                + " GROUP BY i, " + column + ") WHERE r = 1)";
    }

    private static Object nullable(int v, boolean wasNull) {
        return wasNull ? null : v;
    }
}
