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
import org.flowbench.detect.SweepResult;
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
    /** The second threshold of a grid; blank for a one-axis sweep. */
    private final StringProperty metric2 = new SimpleStringProperty("");
    private final StringProperty range2 = new SimpleStringProperty("");
    private final ObservableList<SweepPoint> points = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<SweepGrid> grid = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<SweepPoint> best = new javafx.beans.property.SimpleObjectProperty<>();
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
        SweepAxis second;
        try {
            axis = SweepAxis.parse(metric.get() + "=" + range.get());
            boolean grid = metric2.get() != null && !metric2.get().isBlank();
            second = grid ? SweepAxis.parse(metric2.get() + "=" + range2.get()) : null;
            if (grid && second.metric() == axis.metric() && java.util.Objects.equals(second.rule(), axis.rule())) {
                throw new IllegalArgumentException("a grid needs two different thresholds, not " + axis.label() + " twice");
            }
            if (grid && (long) axis.values().size() * second.values().size() > SweepAxis.MAX_VALUES) {
                throw new IllegalArgumentException("a grid has at most " + SweepAxis.MAX_VALUES + " points; widen the steps");
            }
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        if (task != null) task.cancel();
        running.set(true);
        String label = second == null ? axis.label() : axis.label() + " x " + second.label();
        summary.set("Sweeping " + label + " over " + dataset.name() + "...");
        List<Long> ids = List.of(dataset.id());
        task = statusBar.runVisible(BackgroundTask.of("Sweep " + label, (progress, cancel) -> {
                    List<Incident> incidents = services.detect().incidents(ids);
                    return new Outcome(services.detect().sweep(ids, set, axis, second, incidents, cancel), !incidents.isEmpty());
                })
                .onSuccess(outcome -> {
                    SweepResult r = outcome.result();
                    scored.set(outcome.scored());
                    best.set(r.best().orElse(null));
                    grid.set(SweepGrid.of(r));
                    points.setAll(r.points());
                    summary.set(r.points().size() + (second == null ? " values of " : " points of ") + label
                            + (outcome.scored() ? ", scored against the incidents" + bestText(r) : "; no incidents to score against"));
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

    private record Outcome(SweepResult result, boolean scored) { }

    private static String bestText(SweepResult r) {
        return r.best().map(p -> "; best " + String.join(", ", java.util.stream.IntStream.range(0, p.values().size())
                .mapToObj(i -> r.axes().get(i).label() + " = " + org.flowbench.ui.common.Formats.si(p.values().get(i)))
                .toList())).orElse("");
    }

    public ObservableList<String> metrics() { return metrics; }

    /** The metric id whose comparisons take each value, e.g. "udp_bps". */
    public StringProperty metricProperty() { return metric; }

    /** FROM:TO:STEP with SI suffixes, e.g. "10k:100k:10k". */
    public StringProperty rangeProperty() { return range; }

    public ObservableList<SweepPoint> points() { return points; }

    /** Second threshold's metric id for a grid, blank for one axis. */
    public StringProperty metric2Property() { return metric2; }

    /** Second threshold's FROM:TO:STEP. */
    public StringProperty range2Property() { return range2; }

    /** The last sweep as a grid, null after a one-axis sweep. */
    public javafx.beans.property.ReadOnlyObjectProperty<SweepGrid> gridProperty() { return grid; }

    /** The best point of the last sweep (see {@link SweepResult#BEST_FIRST}), null without incidents. */
    public javafx.beans.property.ReadOnlyObjectProperty<SweepPoint> bestProperty() { return best; }

    /** Whether the points carry precision and recall (the dataset has incidents). */
    public ReadOnlyBooleanProperty scoredProperty() { return scored; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public ReadOnlyBooleanProperty runningProperty() { return running; }
}
