package org.flowbench.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.store.Incident;
import org.flowbench.store.StatementCancel;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * Reruns a rule set over a range of thresholds (one axis, or two as a grid). The window metrics
 * of each rule the sweep touches are computed once into a temporary table; one ordered pass over
 * that table then evaluates every point's trigger as a column and feeds each point's timers
 * (docs/decisions/0234). Rules the sweep does not touch are run once.
 */
public final class Sweep {
    /** Points evaluated by one statement over a window table (one boolean column each). */
    private static final int POINTS_PER_PASS = 64;

    private final Workspace workspace;
    private final ScopeCompiler scopes;

    public Sweep(Workspace workspace) {
        this(workspace, ScopeCompiler.FILTER_LANGUAGE);
    }

    public Sweep(Workspace workspace, ScopeCompiler scopes) {
        this.workspace = workspace;
        this.scopes = scopes;
    }

    /**
     * @param y        second axis for a grid, or null
     * @param incidents what each point is scored against (may be empty)
     */
    public SweepResult run(List<Long> datasets, RuleSet rules, SweepAxis x, SweepAxis y, List<Incident> incidents,
                           Cancellation cancel) throws DetectException {
        List<SweepAxis> axes = y == null ? List.of(x) : List.of(x, y);
        for (SweepAxis a : axes) {
            if (a.rule() != null && rules.rule(a.rule()).isEmpty()) throw new DetectException("sweep " + a.label() + ": no rule named '" + a.rule() + "'");
            if (rules.rules().stream().noneMatch(a::applies)) throw new DetectException("sweep " + a.label() + ": no rule's trigger compares " + a.metric().id());
        }
        Connection c = workspace.connection();
        Map<Rule, String> tables = new HashMap<>();
        Map<Rule, WindowSql> windowSql = new HashMap<>();
        List<Alert> fixed = new ArrayList<>();
        Simulator simulator = new Simulator(workspace, scopes);
        try {
            DataSpan span = DataSpan.of(c, datasets);
            int n = 0;
            for (Rule r : rules.rules()) {
                if (axes.stream().noneMatch(a -> a.applies(r))) {
                    simulator.stream(datasets, r, false, fixed::add, cancel);
                    continue;
                }
                WindowSql w = WindowSql.of(c, r, scopes.compile(r.scope()), datasets, r.trigger().metrics());
                String table = "fb_sweep_" + n++;
                // only windows that some point of the sweep can trigger: each point then filters a few rows
                SqlText create = new SqlText().add("CREATE OR REPLACE TEMP TABLE " + table + " AS ")
                        .add(w.buildMeeting(LenientTrigger.over(r, axes)));
                cancel.check();
                try (PreparedStatement ps = c.prepareStatement(create.sql());
                     Cancellation.Registration stop = StatementCancel.watch(cancel, ps)) {
                    WindowRows.bind(ps, create.params());
                    ps.execute();
                }
                tables.put(r, table);
                windowSql.put(r, w);
            }
            List<List<Double>> values = new ArrayList<>();
            for (double xv : x.values()) {
                if (y == null) values.add(List.of(xv));
                else for (double yv : y.values()) values.add(List.of(xv, yv));
            }
            List<List<Alert>> alerts = new ArrayList<>(values.size());
            for (int p = 0; p < values.size(); p++) alerts.add(new ArrayList<>(fixed));
            // rule by rule, so each point's alerts keep the order one run per point gave
            for (Rule r : rules.rules()) {
                String table = tables.get(r);
                if (table == null) continue;
                for (int from = 0; from < values.size(); from += POINTS_PER_PASS) {
                    int to = Math.min(values.size(), from + POINTS_PER_PASS);
                    List<Condition> triggers = new ArrayList<>(to - from);
                    List<AlertTracker> trackers = new ArrayList<>(to - from);
                    for (int p = from; p < to; p++) {
                        Condition t = r.trigger();
                        if (x.applies(r)) t = t.withThreshold(x.metric(), values.get(p).get(0));
                        if (y != null && y.applies(r)) t = t.withThreshold(y.metric(), values.get(p).get(1));
                        triggers.add(t);
                        trackers.add(new AlertTracker(r, false, alerts.get(p)::add));
                    }
                    WindowRows.streamPoints(c, table, r, triggers, windowSql.get(r).metrics(), trackers, cancel);
                }
            }
            List<SweepPoint> points = new ArrayList<>(values.size());
            for (int p = 0; p < values.size(); p++) {
                List<Alert> a = alerts.get(p);
                int keys = new SimulationResult(a, span).alertingKeys().size();
                points.add(new SweepPoint(values.get(p), a.size(), keys, Scorer.score(a, incidents, span)));
            }
            return new SweepResult(axes, points);
        } catch (SQLException e) {
            java.util.concurrent.CancellationException cancelled = StatementCancel.ifCancelled(cancel, e);
            if (cancelled != null) throw cancelled;
            throw new DetectException("sweep failed: " + e.getMessage(), e);
        } finally {
            drop(c, tables.values());
        }
    }

    private static void drop(Connection c, Iterable<String> tables) {
        for (String t : tables) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + t);
            } catch (SQLException ignored) {
                // temp tables vanish with the connection anyway
            }
        }
    }
}
