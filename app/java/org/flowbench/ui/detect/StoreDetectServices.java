package org.flowbench.ui.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.detect.Alert;
import org.flowbench.detect.DatasetIncidents;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Simulator;
import org.flowbench.detect.Suggester;
import org.flowbench.detect.Suggestion;
import org.flowbench.detect.Sweep;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepResult;
import org.flowbench.store.Incident;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Nouns;
import org.flowbench.task.Progress;
import org.flowbench.ui.OwnWorkspace;

/**
 * Detection over a real workspace: the headless engine of {@code org.flowbench.detect}, on Detect's
 * own connection ({@link OwnWorkspace}), so a replay and a chart in Explore run side by side.
 */
public final class StoreDetectServices implements DetectServices, AutoCloseable {
    private final OwnWorkspace own;

    public StoreDetectServices(Workspace workspace) {
        this.own = new OwnWorkspace(workspace);
    }

    @Override
    public void close() {
        own.close();
    }

    @Override
    public String readRules(Path file) throws IOException {
        return Files.readString(file);
    }

    @Override
    public void writeRules(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }

    @Override
    public SimulationResult simulate(List<Long> datasets, RuleSet rules, Progress progress, Cancellation cancel)
            throws Exception {
        Workspace workspace = own.get();
        Simulator simulator = new Simulator(workspace);
        List<Alert> alerts = new ArrayList<>();
        int done = 0;
        // Rule by rule for progress; a cancel also interrupts the rule's DuckDB statement.
        for (Rule rule : rules.rules()) {
            cancel.check();
            progress.update(done, rules.rules().size(), "Replaying rule " + rule.name());
            alerts.addAll(simulator.detect(datasets, RuleSet.of(rule), cancel).alerts());
            done++;
        }
        progress.update(done, done, "Replayed " + Nouns.count(done, "rule"));
        return new SimulationResult(alerts, Simulator.span(workspace, datasets));
    }

    @Override
    public List<Alert> vectors(List<Long> datasets, RuleSet rules, List<Alert> alerts, Cancellation cancel) throws Exception {
        return new Simulator(own.get()).withVectors(datasets, rules, alerts, cancel);
    }

    @Override
    public List<Incident> incidents(List<Long> datasets) throws Exception {
        return DatasetIncidents.of(own.get(), datasets);
    }

    @Override
    public SweepResult sweep(List<Long> datasets, RuleSet rules, SweepAxis axis, List<Incident> incidents,
                             Cancellation cancel) throws Exception {
        return new Sweep(own.get()).run(datasets, rules, axis, null, incidents, cancel);
    }

    @Override
    public SweepResult sweep(List<Long> datasets, RuleSet rules, SweepAxis x, SweepAxis y, List<Incident> incidents,
                             Cancellation cancel) throws Exception {
        return new Sweep(own.get()).run(datasets, rules, x, y, incidents, cancel);
    }

    @Override
    public List<Suggestion> suggest(List<Long> datasets, Rule rule, List<Incident> incidents, double margin)
            throws Exception {
        return new Suggester(own.get()).suggest(datasets, rule.scope(), rule.window(), rule.key(), incidents, margin,
                Suggester.DEFAULT_LIMIT);
    }
}
