package org.flowbench.ui.detect;

import java.nio.file.Path;
import java.util.List;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Suggestion;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepResult;
import org.flowbench.store.Incident;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/**
 * What the Detect work area needs from the core. Every method may block (JDBC, file I/O), so
 * view models call them only inside background tasks.
 */
public interface DetectServices {
    /** The text of a rule file, as is: the editor shows it even when it does not parse. */
    String readRules(Path file) throws java.io.IOException;

    void writeRules(Path file, String text) throws java.io.IOException;

    /**
     * Replays every rule; progress per rule; a cancel stops the running statement ({@code CancellationException}).
     * The alerts may come without their dominant vectors: {@link #vectors} fills them in afterwards.
     */
    SimulationResult simulate(List<Long> datasets, RuleSet rules, Progress progress, Cancellation cancel) throws Exception;

    /**
     * The alerts of {@code simulate}, in order, with their dominant vectors (docs/decisions/0270).
     * Services whose {@code simulate} already computes them return the alerts as they are.
     */
    default List<org.flowbench.detect.Alert> vectors(List<Long> datasets, RuleSet rules, List<org.flowbench.detect.Alert> alerts,
                                                      Cancellation cancel) throws Exception {
        return alerts;
    }

    /** The incidents attached to the datasets (labels of pcap-samples scenarios, drawn ones). */
    List<Incident> incidents(List<Long> datasets) throws Exception;

    SweepResult sweep(List<Long> datasets, RuleSet rules, SweepAxis axis, List<Incident> incidents, Cancellation cancel)
            throws Exception;

    /**
     * Two thresholds as a grid ({@code y} varies fastest), or one axis when {@code y} is null.
     * Services that sweep one axis only refuse a grid.
     */
    default SweepResult sweep(List<Long> datasets, RuleSet rules, SweepAxis x, SweepAxis y, List<Incident> incidents,
                              Cancellation cancel) throws Exception {
        if (y == null) return sweep(datasets, rules, x, incidents, cancel);
        throw new UnsupportedOperationException("these services sweep one threshold at a time");
    }

    /** Baselines over quiet periods and suggested thresholds for the rule's scope, window and key. */
    List<Suggestion> suggest(List<Long> datasets, Rule rule, List<Incident> incidents, double margin) throws Exception;
}
