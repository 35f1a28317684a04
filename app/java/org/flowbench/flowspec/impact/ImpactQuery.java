package org.flowbench.flowspec.impact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flowbench.store.SqlTime;

/**
 * Builds and runs the one statement of a simulation. Rows never leave DuckDB: a CASE gives each
 * row the first stopping rule it matches, rules whose terminal bit lets evaluation go on are
 * added to a per-row list, and everything after that works on rows grouped by second, class
 * (attack or not) and that list. Rate limits are applied per rule and second (the rule's
 * policer sees all the traffic the rule applies to); a row several rules apply to keeps the
 * product of their pass fractions.
 */
final class ImpactQuery {
    /** Result layout: part, rule, second, attack flag, then ten numbers whose meaning depends on part. */
    static final int VALUES = 10;

    private ImpactQuery() {}

    static ImpactRows run(Connection c, ImpactRequest request, List<SimulatedRule> rules) throws SQLException {
        SqlBuilder q = build(request, rules);
        ImpactRows rows = new ImpactRows(rules.size());
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            List<Object> params = q.params();
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                double[] v = new double[VALUES];
                while (rs.next()) {
                    String part = rs.getString(1);
                    int rule = rs.getInt(2);
                    long second = rs.getLong(3);
                    boolean attack = rs.getBoolean(4);
                    for (int i = 0; i < VALUES; i++) {
                        Object o = rs.getObject(5 + i);   // getDouble gives NaN for NULL here
                        v[i] = o == null ? 0 : ((Number) o).doubleValue();
                    }
                    rows.add(part, rule, second, attack, v);
                }
            }
        }
        return rows;
    }

    static SqlBuilder build(ImpactRequest request, List<SimulatedRule> rules) {
        SqlBuilder q = new SqlBuilder();
        q.text("WITH src AS (SELECT epoch_us(ts) // 1000000 AS sec, ")
                .fragment(request.split().attackCondition()).text(" AS atk, ");
        if (request.focus() == null) q.text("FALSE AS foc, ");
        else q.text("coalesce(").fragment(request.focus()).text(", FALSE) AS foc, ");
        q.text("src_addr, dst_addr, packets::DOUBLE * sampling_rate AS p, bytes::DOUBLE * sampling_rate AS b, "
                + "exporter IS NOT NULL AS exported, sampling_rate, ");
        stopColumn(q, rules);
        for (int i = 0; i < rules.size(); i++) {
            if (!rules.get(i).continues()) continue;
            q.text(", coalesce(").fragment(rules.get(i).match()).text(", FALSE) AS c" + (i + 1));
        }
        q.text(" FROM flows WHERE dataset_id = ").param(request.datasetId());
        if (request.window().from() != null) q.text(" AND ts >= ").param(SqlTime.toSql(request.window().from()));
        if (request.window().to() != null) q.text(" AND ts < ").param(SqlTime.toSql(request.window().to()));
        q.text("), app AS (SELECT *, ");
        appliedColumn(q, rules);
        q.text(" FROM src), "
                // legitimate rows keep their addresses for the distinct-hit counts; the rest fold per second
                + "g AS MATERIALIZED (SELECT sec, atk, foc, applied, "
                + "CASE WHEN len(applied) > 0 AND NOT atk THEN src_addr END AS s, "
                + "CASE WHEN len(applied) > 0 AND NOT atk THEN dst_addr END AS d, "
                + "sum(p) AS p, sum(b) AS b, bool_or(exported) AS exported, max(sampling_rate) AS sr "
                + "FROM app GROUP BY sec, atk, foc, applied, s, d), "
                + "gi AS MATERIALIZED (SELECT row_number() OVER () AS gid, * FROM g), "
                + "per AS MATERIALIZED (SELECT gid, sec, atk, s, d, p, b, unnest(applied) AS r FROM gi WHERE len(applied) > 0), "
                + "load AS (SELECT r, sec, sum(p) AS p, sum(b) AS b FROM per GROUP BY r, sec), ");
        actions(q, rules);
        q.text(", frac AS (SELECT l.r, l.sec, a.kind, CASE a.kind WHEN 'DISCARD' THEN 0.0 "
                + "WHEN 'RATE_BYTES' THEN CASE WHEN l.b <= a.rate THEN 1.0 ELSE a.rate / l.b END "
                + "WHEN 'RATE_PACKETS' THEN CASE WHEN l.p <= a.rate THEN 1.0 ELSE a.rate / l.p END "
                + "ELSE 1.0 END AS pass FROM load l JOIN actions a ON a.r = l.r), "
                + "perf AS MATERIALIZED (SELECT per.*, frac.kind, frac.pass FROM per JOIN frac USING (r, sec)), "
                + "gpass AS (SELECT gid, product(pass) AS pass, bool_or(kind = 'DISCARD') AS disc FROM perf GROUP BY gid), "
                + "setrows AS MATERIALIZED (SELECT gi.*, coalesce(gp.pass, 1.0) AS pass, coalesce(gp.disc, FALSE) AS disc "
                + "FROM gi LEFT JOIN gpass gp USING (gid)) ");
        q.text("SELECT 'rule', r, NULL, atk, sum(p), sum(b), "
                + "sum(p) FILTER (WHERE kind = 'DISCARD'), sum(b) FILTER (WHERE kind = 'DISCARD'), "
                + "sum(p * (1 - pass)) FILTER (WHERE kind <> 'DISCARD'), sum(b * (1 - pass)) FILTER (WHERE kind <> 'DISCARD'), "
                + "count(DISTINCT s) FILTER (WHERE pass < 1), count(DISTINCT d) FILTER (WHERE pass < 1), NULL, NULL "
                + "FROM perf GROUP BY r, atk "
                + "UNION ALL SELECT 'set', NULL, NULL, atk, sum(p) FILTER (WHERE len(applied) > 0), "
                + "sum(b) FILTER (WHERE len(applied) > 0), sum(p) FILTER (WHERE disc), sum(b) FILTER (WHERE disc), "
                + "sum(p * (1 - pass)) FILTER (WHERE NOT disc), sum(b * (1 - pass)) FILTER (WHERE NOT disc), "
                + "count(DISTINCT s) FILTER (WHERE pass < 1), count(DISTINCT d) FILTER (WHERE pass < 1), sum(p), sum(b) "
                + "FROM setrows GROUP BY atk "
                + "UNION ALL SELECT 'series', NULL, sec, atk, sum(p), sum(b), sum(p * (1 - pass)), sum(b * (1 - pass)), "
                + "NULL, NULL, NULL, NULL, NULL, NULL FROM setrows GROUP BY sec, atk "
                + "UNION ALL SELECT 'meta', NULL, NULL, NULL, max(sr), max(exported::INTEGER), NULL, NULL, NULL, NULL, "
                + "NULL, NULL, NULL, NULL FROM gi");
        if (request.focus() != null) {
            q.text(" UNION ALL SELECT 'focus', NULL, sec, NULL, sum(p), sum(b), sum(p * pass), sum(b * pass), "
                    + "NULL, NULL, NULL, NULL, NULL, NULL FROM setrows WHERE foc GROUP BY sec "
                    + "UNION ALL SELECT 'victim', NULL, NULL, atk, sum(p), sum(b), sum(p * (1 - pass)), sum(b * (1 - pass)), "
                    + "NULL, NULL, NULL, NULL, NULL, NULL FROM setrows WHERE foc GROUP BY atk");
        }
        if (request.perRuleSeries()) {
            q.text(" UNION ALL SELECT 'rule-series', r, sec, atk, sum(p), sum(b), sum(p * (1 - pass)), "
                    + "sum(b * (1 - pass)), NULL, NULL, NULL, NULL, NULL, NULL FROM perf GROUP BY r, sec, atk");
        }
        return q;
    }

    /** The first matching rule among those that end evaluation, by position from 1. */
    private static void stopColumn(SqlBuilder q, List<SimulatedRule> rules) {
        boolean any = false;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).continues()) continue;
            q.text(any ? " WHEN " : "CASE WHEN ").fragment(rules.get(i).match()).text(" THEN " + (i + 1));
            any = true;
        }
        q.text(any ? " END AS stop" : "NULL::INTEGER AS stop");
    }

    /** Rules the row is subject to: continuing rules before its stopping rule, then that rule. */
    private static void appliedColumn(SqlBuilder q, List<SimulatedRule> rules) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < rules.size(); i++) {
            if (!rules.get(i).continues()) continue;
            int n = i + 1;
            list.append("CASE WHEN c").append(n).append(" AND coalesce(stop, 2147483647) > ").append(n)
                    .append(" THEN ").append(n).append(" END, ");
        }
        list.append("stop]");
        q.text("list_filter(" + list + ", lambda x: x IS NOT NULL) AS applied");
    }

    /** The rules' effects as a VALUES table; rule 0 never matches and keeps the table non-empty. */
    private static void actions(SqlBuilder q, List<SimulatedRule> rules) {
        q.text("actions(r, kind, rate) AS (VALUES (0, 'PASS', 0.0::DOUBLE)");
        for (int i = 0; i < rules.size(); i++) {
            RuleEffect e = rules.get(i).effect();
            q.text(", (" + (i + 1) + ", '" + e.kind().name() + "', ").param(e.rate()).text("::DOUBLE)");
        }
        q.text(")");
    }
}
