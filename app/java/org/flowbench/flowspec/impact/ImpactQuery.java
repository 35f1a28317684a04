package org.flowbench.flowspec.impact;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.flowbench.store.CancellableQuery;
import org.flowbench.store.SqlTime;
import org.flowbench.store.StatementCancel;
import org.flowbench.task.Cancellation;

/**
 * Builds and runs the one statement of a simulation; rows never leave DuckDB.
 *
 * <p>Testing every rule on every row costs rules x rows (and DuckDB's CASE pays per branch and
 * vector even for branches no row takes), so rules are applied by a hash join instead: rules
 * naming one exact destination become {@link RuleBox}es in a VALUES table joined on
 * {@code dst_addr}, with the boxes' per-column conditions as the join's residual filter; the
 * other rules are tested in one CASE pass. The hits (row, rule) are grouped per row: the lowest
 * matching position among rules that end evaluation is the row's stopping rule, and rules whose
 * terminal bit lets evaluation go on apply too when they come before it (when no rule lets it go
 * on, a row's first match is all, 0281). All traffic is summed per second, class and focus apart
 * ({@link AllTraffic}: from the rollups when they answer exactly, 0280), so unmatched rows are
 * never carried along.
 *
 * <p>Rate limits are applied per rule and second (the rule's policer sees all the traffic the
 * rule applies to); a row several rules apply to keeps the product of their pass fractions.
 */
final class ImpactQuery {
    /** Result layout: part, rule, second, attack flag, then ten numbers whose meaning depends on part. */
    static final int VALUES = 10;
    private static final String MAX = "2147483647";

    private ImpactQuery() {}

    /** @throws CancellationException when {@code cancel} stopped the statement */
    static ImpactRows run(Connection c, ImpactRequest request, List<SimulatedRule> rules, AllTraffic all, Cancellation cancel)
            throws SQLException {
        cancel.check();
        try {
            return run(c, build(request, rules, all), rules.size(), cancel);
        } catch (SQLException e) {
            CancellationException stopped = StatementCancel.ifCancelled(cancel, e);
            if (stopped == null) throw e;
            throw stopped;
        }
    }

    private static ImpactRows run(Connection c, SqlBuilder q, int ruleCount, Cancellation cancel) throws SQLException {
        ImpactRows rows = new ImpactRows(ruleCount);
        try (CancellableQuery run = CancellableQuery.start(c, q.sql(), q.params(), cancel)) {
            ResultSet rs = run.rows();
            double[] v = new double[VALUES];
            while (rs.next()) {
                for (int i = 0; i < VALUES; i++) {
                    Object o = rs.getObject(5 + i);   // getDouble gives NaN for NULL here
                    v[i] = o == null ? 0 : ((Number) o).doubleValue();
                }
                rows.add(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getBoolean(4), v);
            }
        }
        return rows;
    }

    static SqlBuilder build(ImpactRequest request, List<SimulatedRule> rules, AllTraffic all) {
        return build(request, rules, all, rules.stream().anyMatch(SimulatedRule::continues));
    }

    /** @param inOrder the general application (lists of continuing rules), also for sets where every rule is terminal (tests) */
    static SqlBuilder build(ImpactRequest request, List<SimulatedRule> rules, AllTraffic all, boolean inOrder) {
        SqlBuilder q = new SqlBuilder().text("WITH ");
        BoxTable.write(q, rules);
        actions(q, rules);
        q.text(", base AS NOT MATERIALIZED (SELECT rowid AS rid, ");
        derived(q, request);
        q.text(", exporter IS NOT NULL AS exported, * ");
        rows(q, request);
        q.text("), ");
        all.write(q, request);
        q.text(", hits AS (");
        hits(q, request, rules);
        q.text("), ");
        if (inOrder) applyInOrder(q);
        else applyFirst(q, rules);
        q.text(", dropped AS MATERIALIZED (SELECT sec, atk, foc, sum(p * (1 - pass)) AS p, sum(b * (1 - pass)) AS b "
                + "FROM setrows GROUP BY sec, atk, foc) ");
        outputs(q, request);
        return q;
    }

    /**
     * {@code perf} (a row and a rule applied to it, with the rule's pass fraction in that second)
     * and {@code setrows} (a row, the product of its pass fractions, whether a discard applied)
     * when some rule's terminal bit lets evaluation go on: a row keeps every continuing rule
     * before its stopping rule.
     */
    private static void applyInOrder(SqlBuilder q) {
        q.text("m AS (SELECT rid, any_value(h.sec) AS sec, any_value(h.atk) AS atk, any_value(h.foc) AS foc, "
                + "any_value(h.src_addr) AS src_addr, any_value(h.dst_addr) AS dst_addr, any_value(h.p) AS p, any_value(h.b) AS b, "
                // a row can meet two boxes of one rule ("port" matched on both sides): list_distinct below
                + "min(h.r) FILTER (WHERE NOT a.cont) AS stop, list(h.r) FILTER (WHERE a.cont) AS conts "
                + "FROM hits h JOIN actions a ON a.r = h.r GROUP BY rid), "
                // legitimate rows keep their addresses for the distinct-hit counts
                + "app AS MATERIALIZED (SELECT rid, sec, atk, foc, CASE WHEN NOT atk THEN src_addr END AS s, "
                + "CASE WHEN NOT atk THEN dst_addr END AS d, p, b, list_distinct(list_filter(list_concat(coalesce(conts, []), [stop]), "
                + "lambda x: x IS NOT NULL AND x <= coalesce(stop, " + MAX + "))) AS applied FROM m), "
                + "per AS MATERIALIZED (SELECT rid, sec, atk, s, d, p, b, unnest(applied) AS r FROM app), ");
        fractions(q);
        q.text(", perf AS MATERIALIZED (SELECT per.*, frac.kind, frac.pass FROM per JOIN frac USING (r, sec)), "
                + "gpass AS (SELECT rid, product(pass) AS pass, bool_or(kind = 'DISCARD') AS disc FROM perf GROUP BY rid), "
                + "setrows AS MATERIALIZED (SELECT app.*, gp.pass, gp.disc FROM app JOIN gpass gp USING (rid))");
    }

    /**
     * The same two tables when every rule ends evaluation (the terminal bit clear or absent, the
     * usual case): a row's only applied rule is its first match, so no lists and no per-row
     * product are needed, and when no row can meet two boxes there is nothing to group either
     * (docs/decisions/0281).
     */
    private static void applyFirst(SqlBuilder q, List<SimulatedRule> rules) {
        if (BoxTable.oneBoxPerRow(rules)) q.text("m AS (SELECT * FROM hits), ");
        else q.text("m AS (SELECT rid, any_value(sec) AS sec, any_value(atk) AS atk, any_value(foc) AS foc, "
                + "any_value(src_addr) AS src_addr, any_value(dst_addr) AS dst_addr, any_value(p) AS p, any_value(b) AS b, "
                + "min(r) AS r FROM hits GROUP BY rid), ");
        q.text("per AS MATERIALIZED (SELECT rid, sec, atk, foc, CASE WHEN NOT atk THEN src_addr END AS s, "
                + "CASE WHEN NOT atk THEN dst_addr END AS d, p, b, r FROM m), ");
        fractions(q);
        q.text(", perf AS MATERIALIZED (SELECT per.*, frac.kind, frac.pass FROM per JOIN frac USING (r, sec)), "
                + "setrows AS (SELECT *, kind = 'DISCARD' AS disc FROM perf)");
    }

    /** {@code load} and {@code frac}: each rule's traffic per second and the share its action lets pass. */
    private static void fractions(SqlBuilder q) {
        q.text("load AS (SELECT r, sec, sum(p) AS p, sum(b) AS b FROM per GROUP BY r, sec), "
                + "frac AS (SELECT l.r, l.sec, a.kind, CASE a.kind WHEN 'DISCARD' THEN 0.0 "
                + "WHEN 'RATE_BYTES' THEN CASE WHEN l.b <= a.rate THEN 1.0 ELSE a.rate / l.b END "
                + "WHEN 'RATE_PACKETS' THEN CASE WHEN l.p <= a.rate THEN 1.0 ELSE a.rate / l.p END "
                + "ELSE 1.0 END AS pass FROM load l JOIN actions a ON a.r = l.r)");
    }

    /** (row, rule) for every rule a row matches: boxes by hash join, other rules by one CASE pass. */
    private static void hits(SqlBuilder q, ImpactRequest request, List<SimulatedRule> rules) {
        String carried = "rid, sec, atk, foc, p, b, src_addr, dst_addr";   // the box branch's column order
        boolean any = false;
        if (BoxTable.any(rules)) {
            // the derived columns are computed for the few joined rows only, not for every row probed (0236)
            q.text("SELECT rid, ");
            derived(q, request);
            q.text(", src_addr, dst_addr, r FROM (SELECT raw.*, boxes.r FROM (SELECT rowid AS rid, * ");
            rows(q, request);
            q.text(") raw JOIN boxes ON " + BoxTable.key(rules) + " WHERE " + BoxTable.residual(rules) + ")");
            any = true;
        }
        boolean general = false;
        for (SimulatedRule r : rules) general |= r.boxes() == null;
        if (general) {
            if (any) q.text(" UNION ALL ");
            q.text("SELECT " + carried + ", unnest(found) AS r FROM (SELECT " + carried + ", list_filter([");
            GeneralRules.found(q, rules);
            q.text("], lambda x: x IS NOT NULL) AS found FROM base) WHERE len(found) > 0");
            any = true;
        }
        if (!any) q.text("SELECT " + carried + ", NULL::INTEGER AS r FROM base WHERE FALSE");
    }

    /** sec, atk, foc, p, b of a flows row, in that order. */
    private static void derived(SqlBuilder q, ImpactRequest request) {
        q.text("epoch_us(ts) // 1000000 AS sec, ").fragment(request.split().attackCondition()).text(" AS atk, ");
        if (request.focus() == null) q.text("FALSE AS foc, ");
        else q.text("coalesce(").fragment(request.focus()).text(", FALSE) AS foc, ");
        q.text("packets::DOUBLE * sampling_rate AS p, bytes::DOUBLE * sampling_rate AS b");
    }

    /** The request's rows of {@code flows}: its dataset and time window. */
    static void rows(SqlBuilder q, ImpactRequest request) {
        q.text("FROM flows WHERE dataset_id = ").param(request.datasetId());
        if (request.window().from() != null) q.text(" AND ts >= ").param(SqlTime.toSql(request.window().from()));
        if (request.window().to() != null) q.text(" AND ts < ").param(SqlTime.toSql(request.window().to()));
    }

    private static void outputs(SqlBuilder q, ImpactRequest request) {
        q.text("SELECT 'rule', r, NULL, atk, sum(p), sum(b), "
                + "sum(p) FILTER (WHERE kind = 'DISCARD'), sum(b) FILTER (WHERE kind = 'DISCARD'), "
                + "sum(p * (1 - pass)) FILTER (WHERE kind <> 'DISCARD'), sum(b * (1 - pass)) FILTER (WHERE kind <> 'DISCARD'), "
                + "NULL, NULL, NULL, NULL FROM perf GROUP BY r, atk "
                + "UNION ALL SELECT 'rule-hits', r, NULL, FALSE, count(DISTINCT s), count(DISTINCT d), "
                + "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM (SELECT r, s, d FROM perf WHERE pass < 1 AND s IS NOT NULL) GROUP BY r "
                + "UNION ALL SELECT 'set', NULL, NULL, atk, sum(p), sum(b), sum(p) FILTER (WHERE disc), sum(b) FILTER (WHERE disc), "
                + "sum(p * (1 - pass)) FILTER (WHERE NOT disc), sum(b * (1 - pass)) FILTER (WHERE NOT disc), "
                + "NULL, NULL, NULL, NULL FROM setrows GROUP BY atk "
                + "UNION ALL SELECT 'set-hits', NULL, NULL, FALSE, count(DISTINCT s), count(DISTINCT d), "
                + "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM (SELECT s, d FROM setrows WHERE pass < 1 AND s IS NOT NULL) "
                + "UNION ALL SELECT 'total', NULL, NULL, atk, sum(p), sum(b), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
                + "FROM allsec GROUP BY atk "
                + "UNION ALL SELECT 'series', NULL, a.sec, a.atk, sum(a.p), sum(a.b), sum(coalesce(d.p, 0)), sum(coalesce(d.b, 0)), "
                + "NULL, NULL, NULL, NULL, NULL, NULL FROM allsec a LEFT JOIN dropped d USING (sec, atk, foc) GROUP BY a.sec, a.atk "
                + "UNION ALL SELECT 'meta', NULL, NULL, NULL, max(sr), max(exported::INTEGER), NULL, NULL, NULL, NULL, "
                + "NULL, NULL, NULL, NULL FROM meta");
        if (request.focus() != null) {
            q.text(" UNION ALL SELECT 'focus', NULL, a.sec, NULL, sum(a.p), sum(a.b), sum(a.p - coalesce(d.p, 0)), "
                    + "sum(a.b - coalesce(d.b, 0)), NULL, NULL, NULL, NULL, NULL, NULL "
                    + "FROM allsec a LEFT JOIN dropped d USING (sec, atk, foc) WHERE a.foc GROUP BY a.sec "
                    + "UNION ALL SELECT 'victim', NULL, NULL, a.atk, sum(a.p), sum(a.b), sum(coalesce(d.p, 0)), "
                    + "sum(coalesce(d.b, 0)), NULL, NULL, NULL, NULL, NULL, NULL "
                    + "FROM allsec a LEFT JOIN dropped d USING (sec, atk, foc) WHERE a.foc GROUP BY a.atk");
        }
        if (request.perRuleSeries()) {
            q.text(" UNION ALL SELECT 'rule-series', r, sec, atk, sum(p), sum(b), sum(p * (1 - pass)), "
                    + "sum(b * (1 - pass)), NULL, NULL, NULL, NULL, NULL, NULL FROM perf GROUP BY r, sec, atk");
        }
    }

    /** The rules' effects and terminal bits; rule 0 never matches and keeps the table non-empty. */
    private static void actions(SqlBuilder q, List<SimulatedRule> rules) {
        q.text("actions(r, kind, rate, cont) AS (VALUES (0, 'PASS', 0.0::DOUBLE, FALSE)");
        for (int i = 0; i < rules.size(); i++) {
            SimulatedRule r = rules.get(i);
            q.text(", (" + (i + 1) + ", '" + r.effect().kind().name() + "', ").param(r.effect().rate())
                    .text("::DOUBLE, " + r.continues() + ")");
        }
        q.text(")");
    }
}
