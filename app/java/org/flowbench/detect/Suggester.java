package org.flowbench.detect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;

/**
 * Per-key baselines over quiet periods and thresholds suggested from them. Quiet means every
 * window with traffic except those overlapping an attack or maintenance incident; benign
 * incidents (a backup, a launch) are normal traffic and stay in. Percentiles are over windows.
 */
public final class Suggester {
    public static final int DEFAULT_LIMIT = 100;
    private final Workspace workspace;
    private final ScopeCompiler scopes;

    public Suggester(Workspace workspace) {
        this(workspace, ScopeCompiler.FILTER_LANGUAGE);
    }

    public Suggester(Workspace workspace, ScopeCompiler scopes) {
        this.workspace = workspace;
        this.scopes = scopes;
    }

    /**
     * @param margin how far above the quiet maximum to suggest (2 = twice it)
     * @param limit  keys returned, busiest quiet maximum (bps) first
     */
    public List<Suggestion> suggest(List<Long> datasets, String scope, Window window, GroupKey key, List<Incident> incidents,
                                    double margin, int limit) throws DetectException {
        if (!(margin >= 1)) throw new IllegalArgumentException("margin must be at least 1");
        Rule probe = new Rule("baseline", "", scope, window, key, new Condition.Compare(Metric.PPS, Condition.Op.GE, 0),
                Duration.ZERO, Duration.ZERO);
        WindowSql w = new WindowSql(probe, scopes.compile(scope), datasets, List.of(Metric.PPS, Metric.BPS).stream()
                .collect(java.util.stream.Collectors.toSet()));
        String keys = key.columns();
        SqlText q = new SqlText().add("SELECT " + keys + ", count(*) AS n");
        for (Metric m : List.of(Metric.PPS, Metric.BPS)) {
            String c = m.column();
            q.add(", quantile_cont(" + c + ", 0.5) AS " + c + "_p50, quantile_cont(" + c + ", 0.95) AS " + c + "_p95"
                    + ", quantile_cont(" + c + ", 0.99) AS " + c + "_p99, max(" + c + ") AS " + c + "_max");
        }
        q.add(" FROM (").add(w.build()).add(") WHERE TRUE");
        for (Incident i : incidents) {
            if (i.kind() == IncidentKind.BENIGN) continue;
            q.bind(" AND NOT (ws < ? AND we > ?)", i.end().getEpochSecond(), i.start().getEpochSecond());
        }
        q.bind(" GROUP BY " + keys + " ORDER BY max(" + Metric.BPS.column() + ") DESC, " + keys + " LIMIT ?", limit);
        List<Suggestion> out = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement(q.sql())) {
            WindowRows.bind(ps, q.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 0; i < key.size(); i++) values.add(rs.getObject(GroupKey.column(i)));
                    Baseline pps = baseline(rs, Metric.PPS), bps = baseline(rs, Metric.BPS);
                    double sp = niceAbove(pps.max() * margin), sb = niceAbove(bps.max() * margin);
                    out.add(new Suggestion(new AlertKey(key, values), rs.getLong("n"), pps, bps, sp, sb,
                            sp / pps.max(), sb / bps.max()));
                }
            }
        } catch (SQLException e) {
            throw new DetectException("baselines could not be computed: " + e.getMessage(), e);
        }
        return out;
    }

    private static Baseline baseline(ResultSet rs, Metric m) throws SQLException {
        String c = m.column();
        return new Baseline(rs.getDouble(c + "_p50"), rs.getDouble(c + "_p95"), rs.getDouble(c + "_p99"), rs.getDouble(c + "_max"));
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code v}. */
    static double niceAbove(double v) {
        if (!(v > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 2, 5, 10}) {
            double candidate = f * p;
            if (candidate >= v * (1 - 1e-12)) return candidate;
        }
        return 10 * p;
    }
}
