package org.flowbench.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.SqlTime;

/**
 * The dominant vector of an alert's traffic (its key, in scope, between its start and the end
 * of its last triggering window): one query per alert, cheap because the time range prunes
 * most of the table (rows are stored in time order).
 */
final class DominantVectors {
    private final Connection c;
    private final List<Long> datasets;

    DominantVectors(Connection c, List<Long> datasets) {
        this.c = c;
        this.datasets = datasets;
    }

    DominantVector of(Rule rule, SqlFragment scope, Alert alert) throws SQLException {
        SqlText x = new SqlText().add("WITH x AS (SELECT proto, src_port, dst_port, pkt_len,"
                + " bytes * sampling_rate AS nb, packets * sampling_rate AS pk FROM flows WHERE dataset_id IN ("
                + String.join(", ", java.util.Collections.nCopies(datasets.size(), "?")) + ")");
        x.params().addAll(datasets);
        x.add(" AND (" + scope.sql() + ")", scope.params());
        x.bind(" AND ts >= ? AND ts < ?", SqlTime.toSql(alert.start()), SqlTime.toSql(alert.lastTriggerEnd()));
        List<KeyPart> parts = rule.key().parts();
        for (int i = 0; i < parts.size(); i++) {
            List<Object> p = new ArrayList<>();
            String expr = parts.get(i).sql(p);
            Object v = alert.key().values().get(i);
            if (v == null) {
                x.add(" AND (" + expr + ") IS NULL", p);
            } else {
                p.add(v.toString());
                x.add(" AND (" + expr + ") = ?::" + parts.get(i).field().duckDbType(), p);
            }
        }
        x.add(")");
        x.add(", p AS (SELECT proto, sum(nb) AS s FROM x GROUP BY proto ORDER BY s DESC, proto LIMIT 1)"
                + ", xp AS (SELECT x.* FROM x JOIN p USING (proto))"
                + ", sp AS (SELECT src_port, sum(nb) AS s FROM xp GROUP BY src_port ORDER BY s DESC, src_port LIMIT 1)"
                + ", dp AS (SELECT dst_port, sum(nb) AS s FROM xp GROUP BY dst_port ORDER BY s DESC, dst_port LIMIT 1)"
                + ", m AS (SELECT pkt_len FROM (SELECT pkt_len, sum(sum(pk)) OVER (ORDER BY pkt_len) AS c,"
                + " sum(sum(pk)) OVER () AS t FROM xp GROUP BY pkt_len) WHERE c >= 0.5 * t ORDER BY pkt_len LIMIT 1)"
                + ", t AS (SELECT sum(nb) AS s FROM x)"
                // a port is dominant when it carries at least half of the protocol's bytes
                + " SELECT p.proto, CASE WHEN sp.s * 2 >= p.s THEN sp.src_port END,"
                + " CASE WHEN dp.s * 2 >= p.s THEN dp.dst_port END, m.pkt_len, p.s / t.s FROM p, sp, dp, m, t");
        try (PreparedStatement ps = c.prepareStatement(x.sql())) {
            WindowRows.bind(ps, x.params());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new DominantVector(rs.getInt(1), (Integer) nullable(rs.getInt(2), rs.wasNull()),
                        (Integer) nullable(rs.getInt(3), rs.wasNull()), rs.getInt(4), rs.getDouble(5));
            }
        }
    }

    private static Object nullable(int v, boolean wasNull) {
        return wasNull ? null : v;
    }
}
