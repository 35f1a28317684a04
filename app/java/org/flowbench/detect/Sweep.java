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
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * Reruns a rule set over a range of thresholds (one axis, or two as a grid). The window metrics
 * of each rule the sweep touches are computed once into a temporary table; each point then
 * only filters that table with other bound thresholds and runs the timers over the triggering
 * windows. Rules the sweep does not touch are run once.
 */
public final class Sweep {
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
            List<SweepPoint> points = new ArrayList<>();
            List<Double> ys = y == null ? java.util.Collections.singletonList(null) : y.values();
            for (double xv : x.values()) {
                for (Double yv : ys) {
                    cancel.check();
                    List<Alert> alerts = new ArrayList<>(fixed);
                    for (Rule r : rules.rules()) {
                        String table = tables.get(r);
                        if (table == null) continue;
                        Condition t = r.trigger();
                        if (x.applies(r)) t = t.withThreshold(x.metric(), xv);
                        if (y != null && y.applies(r)) t = t.withThreshold(y.metric(), yv);
                        WindowRows.stream(c, new SqlText().add(table), r, t, windowSql.get(r).metrics(),
                                new AlertTracker(r, false, alerts::add), cancel);
                    }
                    List<Double> values = y == null ? List.of(xv) : List.of(xv, yv);
                    int keys = new SimulationResult(alerts, span).alertingKeys().size();
                    points.add(new SweepPoint(values, alerts.size(), keys, Scorer.score(alerts, incidents, span)));
                }
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
