package org.flowbench.ui.detect;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.detect.Alert;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Score;
import org.flowbench.detect.Scorer;
import org.flowbench.detect.SimulationResult;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.TaskItem;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.explore.TrafficChartViewModel;

/**
 * One replay of the rule set over the selected dataset: its alerts, the dataset's traffic to
 * draw them over, and the score against the dataset's incidents when it has any.
 */
public final class DetectRunViewModel {
    private final WorkbenchServices services;
    private final StatusBarViewModel statusBar;
    private final Supplier<RuleSet> rules;
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ObservableList<TrafficPoint> traffic = FXCollections.observableArrayList();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<Score> score = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("Choose rules and press Run");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty vectorsPending = new SimpleBooleanProperty();
    private TaskItem task;
    /** Counts runs, so a late vectors result of an earlier run does not replace the current alerts. */
    private int generation;

    /** @param rules the validated rule set, or null when the editor shows an error */
    public DetectRunViewModel(WorkbenchServices services, StatusBarViewModel statusBar, Supplier<RuleSet> rules) {
        this.services = services;
        this.statusBar = statusBar;
        this.rules = rules;
    }

    /** Replays the rules over {@code dataset}; does nothing but say why when the rules do not load. */
    public void run(DatasetInfo dataset) {
        if (dataset == null) {
            summary.set("Select a dataset to replay the rules over");
            return;
        }
        RuleSet set = rules.get();
        if (set == null) {
            summary.set("The rules have an error; fix it to run");
            return;
        }
        cancel();
        generation++;
        vectorsPending.set(false);
        int mine = generation;
        running.set(true);
        summary.set("Replaying " + Nouns.count(set.rules().size(), "rule") + " over " + dataset.name() + "...");
        List<Long> ids = List.of(dataset.id());
        task = statusBar.runVisible(BackgroundTask.of("Detect over " + dataset.name(), (progress, cancel) -> {
                    List<TrafficPoint> points = services.trafficSeries(dataset.id(), TrafficChartViewModel.MAX_POINTS);
                    cancel.check();
                    SimulationResult result = services.detect().simulate(ids, set, progress, cancel);
                    List<Incident> known = services.detect().incidents(ids);
                    Score s = known.isEmpty() ? null : Scorer.score(result.alerts(), known, result.span());
                    return new Outcome(result, points, known, s);
                })
                .onSuccess(outcome -> {
                    if (mine != generation) return;
                    show(outcome, dataset);
                    // the alerts are on screen; their vectors read the raw rows and follow (docs/decisions/0270)
                    if (!outcome.result().alerts().isEmpty()) fillVectors(ids, set, outcome.result().alerts());
                })
                .onFailure(e -> summary.set("Replay failed: " + e.getMessage()))
                .onCancelled(() -> summary.set("Replay cancelled"))
                .onFinally(() -> {
                    if (mine == generation && !vectorsPending.get()) finish();
                }));
    }

    private void fillVectors(List<Long> ids, RuleSet set, List<Alert> detected) {
        int mine = generation;
        vectorsPending.set(true);
        String shown = summary.get();
        summary.set(shown + "; computing dominant vectors...");
        task = statusBar.runVisible(BackgroundTask.of("Dominant vectors", (progress, cancel) ->
                        services.detect().vectors(ids, set, detected, cancel))
                .onSuccess(found -> {
                    if (mine != generation) return;
                    alerts.setAll(found);
                    summary.set(shown);
                })
                .onFailure(e -> {
                    if (mine == generation) summary.set(shown + "; dominant vectors failed: " + e.getMessage());
                })
                .onCancelled(() -> {
                    if (mine == generation) summary.set(shown + "; dominant vectors cancelled");
                })
                .onFinally(() -> {
                    if (mine != generation) return;
                    vectorsPending.set(false);
                    finish();
                }));
    }

    private void finish() {
        running.set(false);
        task = null;
    }

    public void cancel() {
        if (task != null) task.cancel();
    }

    private record Outcome(SimulationResult result, List<TrafficPoint> points, List<Incident> incidents, Score score) { }

    private void show(Outcome outcome, DatasetInfo dataset) {
        traffic.setAll(outcome.points());
        incidents.setAll(outcome.incidents());
        alerts.setAll(outcome.result().alerts());
        score.set(outcome.score());
        long keys = outcome.result().alertingKeys().size();
        summary.set(Nouns.count(alerts.size(), "alert") + " on " + Nouns.count(keys, "key") + " in " + dataset.name()
                + (outcome.score() == null ? "; no incidents to score against" : ""));
    }

    public ObservableList<Alert> alerts() { return alerts; }

    public ObservableList<TrafficPoint> traffic() { return traffic; }

    /** The incidents of the dataset last replayed (drawn as bands behind the alerts). */
    public ObservableList<Incident> incidents() { return incidents; }

    /** The last run's score, null when the dataset has no incidents. */
    public ReadOnlyObjectProperty<Score> scoreProperty() { return score; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public ReadOnlyBooleanProperty runningProperty() { return running; }

    /** True while the shown alerts wait for their dominant vectors. */
    public ReadOnlyBooleanProperty vectorsPendingProperty() { return vectorsPending; }
}
