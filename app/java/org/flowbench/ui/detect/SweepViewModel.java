package org.flowbench.ui.detect;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.detect.Metric;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.BackgroundTask;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.TaskItem;
import org.flowbench.ui.WorkbenchServices;

/**
 * One threshold varied over FROM:TO:STEP: alerts, alerting keys and (with incidents)
 * precision and recall per value, for the sweep chart.
 */
public final class SweepViewModel {
    private final WorkbenchServices services;
    private final StatusBarViewModel statusBar;
    private final Supplier<RuleSet> rules;
    private final ObservableList<String> metrics = FXCollections.observableArrayList(
            java.util.Arrays.stream(Metric.values()).map(Metric::id).toList());
    private final StringProperty metric = new SimpleStringProperty(Metric.UDP_BPS.id());
    private final StringProperty range = new SimpleStringProperty("10k:100k:10k");
    private final ObservableList<SweepPoint> points = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("Pick a threshold and a range, then Sweep");
    private final BooleanProperty scored = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private TaskItem task;

    public SweepViewModel(WorkbenchServices services, StatusBarViewModel statusBar, Supplier<RuleSet> rules) {
        this.services = services;
        this.statusBar = statusBar;
        this.rules = rules;
    }

    public void run(DatasetInfo dataset) {
        if (dataset == null) {
            summary.set("Select a dataset to sweep over");
            return;
        }
        RuleSet set = rules.get();
        if (set == null) {
            summary.set("The rules have an error; fix it to sweep");
            return;
        }
        SweepAxis axis;
        try {
            axis = SweepAxis.parse(metric.get() + "=" + range.get());
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        if (task != null) task.cancel();
        running.set(true);
        summary.set("Sweeping " + axis.label() + " over " + dataset.name() + "...");
        List<Long> ids = List.of(dataset.id());
        task = statusBar.runVisible(BackgroundTask.of("Sweep " + axis.label(), (progress, cancel) -> {
                    List<Incident> incidents = services.detect().incidents(ids);
                    return new Outcome(services.detect().sweep(ids, set, axis, incidents, cancel).points(), !incidents.isEmpty());
                })
                .onSuccess(outcome -> {
                    points.setAll(outcome.points());
                    scored.set(outcome.scored());
                    summary.set(outcome.points().size() + " values of " + axis.label()
                            + (outcome.scored() ? ", scored against the incidents" : "; no incidents to score against"));
                })
                .onFailure(e -> summary.set("Sweep failed: " + e.getMessage()))
                .onCancelled(() -> summary.set("Sweep cancelled"))
                .onFinally(() -> {
                    running.set(false);
                    task = null;
                }));
    }

    public void cancel() {
        if (task != null) task.cancel();
    }

    private record Outcome(List<SweepPoint> points, boolean scored) { }

    public ObservableList<String> metrics() { return metrics; }

    /** The metric id whose comparisons take each value, e.g. "udp_bps". */
    public StringProperty metricProperty() { return metric; }

    /** FROM:TO:STEP with SI suffixes, e.g. "10k:100k:10k". */
    public StringProperty rangeProperty() { return range; }

    public ObservableList<SweepPoint> points() { return points; }

    /** Whether the points carry precision and recall (the dataset has incidents). */
    public ReadOnlyBooleanProperty scoredProperty() { return scored; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public ReadOnlyBooleanProperty runningProperty() { return running; }
}
