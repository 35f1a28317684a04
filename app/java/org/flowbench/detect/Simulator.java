package org.flowbench.detect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.StatementCancel;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * Replays rules over stored traffic. Per rule, DuckDB computes the metrics of every window and
 * key in one query and returns only the windows that meet the trigger, ordered by key and
 * time; the hold-down and release timers run over that stream in Java, one open alert at a
 * time (docs/decisions/0130). Several datasets are replayed as one stream of traffic.
 */
public final class Simulator {
    private final Workspace workspace;
    private final ScopeCompiler scopes;

    /** A simulator whose rule scopes are in the filter language. */
    public Simulator(Workspace workspace) {
        this(workspace, ScopeCompiler.FILTER_LANGUAGE);
    }

    public Simulator(Workspace workspace, ScopeCompiler scopes) {
        this.workspace = workspace;
        this.scopes = scopes;
    }

    /** Runs every rule of the set; alerts carry their triggering windows and dominant vector. */
    public SimulationResult run(List<Long> datasets, RuleSet rules) throws DetectException {
        return run(datasets, rules, Cancellation.none());
    }

    /**
     * As {@link #run(List, RuleSet)}; a cancel interrupts the DuckDB statement running and ends
     * the replay with a {@link CancellationException}.
     */
    public SimulationResult run(List<Long> datasets, RuleSet rules, Cancellation cancel) throws DetectException {
        SimulationResult detected = detect(datasets, rules, cancel);
        return new SimulationResult(withVectors(datasets, rules, detected.alerts(), cancel), detected.span());
    }

    /**
     * The alerts of every rule, without their dominant vectors: what a window shows first, since
     * the vectors read the alerts' raw rows and can take several times as long
     * (docs/decisions/0270). {@link #withVectors} completes them.
     */
    public SimulationResult detect(List<Long> datasets, RuleSet rules, Cancellation cancel) throws DetectException {
        List<Alert> alerts = new ArrayList<>();
        for (Rule rule : rules.rules()) stream(datasets, rule, true, alerts::add, cancel);
        return new SimulationResult(alerts, span(workspace, datasets));
    }

    /**
     * The same alerts, in the same order, each with its dominant vector (null where its range
     * holds no rows in scope); one query per rule of {@code rules} that has alerts. Alerts of
     * rules not in the set come back unchanged.
     */
    public List<Alert> withVectors(List<Long> datasets, RuleSet rules, List<Alert> alerts, Cancellation cancel)
            throws DetectException {
        try {
            DominantVectors vectors = new DominantVectors(workspace.connection(), datasets);
            java.util.Map<Alert, DominantVector> byAlert = new java.util.IdentityHashMap<>();
            for (Rule rule : rules.rules()) {
                List<Alert> mine = alerts.stream().filter(a -> a.rule().equals(rule.name())).toList();
                if (mine.isEmpty()) continue;
                cancel.check();
                List<DominantVector> found = vectors.of(rule, scopes.compile(rule.scope()), mine);
                for (int i = 0; i < mine.size(); i++) byAlert.put(mine.get(i), found.get(i));
            }
            List<Alert> out = new ArrayList<>(alerts.size());
            for (Alert a : alerts) out.add(byAlert.containsKey(a) ? a.withVector(byAlert.get(a)) : a);
            return out;
        } catch (SQLException e) {
            CancellationException cancelled = StatementCancel.ifCancelled(cancel, e);
            if (cancelled != null) throw cancelled;
            throw new DetectException("dominant vectors could not be computed: " + e.getMessage(), e);
        }
    }

    /**
     * Streams one rule's alerts to {@code sink} as they close, without vectors; memory stays
     * that of one open alert (plus its windows when {@code keepWindows}).
     */
    public void stream(List<Long> datasets, Rule rule, boolean keepWindows, Consumer<Alert> sink) throws DetectException {
        stream(datasets, rule, keepWindows, sink, Cancellation.none());
    }

    /** As above, stopped (statement interrupted, {@link CancellationException}) by {@code cancel}. */
    public void stream(List<Long> datasets, Rule rule, boolean keepWindows, Consumer<Alert> sink, Cancellation cancel)
            throws DetectException {
        SqlFragment scope = scopes.compile(rule.scope());
        try {
            WindowSql windows = WindowSql.of(workspace.connection(), rule, scope, datasets, rule.trigger().metrics());
            SqlText source = new SqlText().add("(").add(windows.build()).add(")");
            WindowRows.stream(workspace.connection(), source, rule, rule.trigger(), windows.metrics(),
                    new AlertTracker(rule, keepWindows, sink), cancel);
        } catch (SQLException e) {
            CancellationException cancelled = StatementCancel.ifCancelled(cancel, e);
            if (cancelled != null) throw cancelled;
            throw new DetectException("rule '" + rule.name() + "' could not be replayed: " + e.getMessage(), e);
        }
    }

    public static DataSpan span(Workspace workspace, List<Long> datasets) throws DetectException {
        try {
            return DataSpan.of(workspace.connection(), datasets);
        } catch (SQLException e) {
            throw new DetectException("the datasets' time span could not be read: " + e.getMessage(), e);
        }
    }
}
