package org.flowbench.ui.explore;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.common.Formats;

/** Traffic over time (bps and pps) of the selected dataset. */
public final class TrafficChartViewModel {
    /** About one point per horizontal pixel of a wide chart; more only costs drawing time. */
    public static final int MAX_POINTS = 2000;

    private final WorkbenchServices services;
    private final TaskRunner runner;
    private final ObservableList<TrafficPoint> points = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Traffic");
    private final StringProperty placeholder = new SimpleStringProperty("Select a dataset");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private TaskHandle pending;
    private long generation;

    public TrafficChartViewModel(WorkbenchServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** Loads the series of a dataset; a newer call wins over a load still running. */
    public void show(DatasetInfo dataset) {
        if (pending != null) pending.cancel();
        long mine = ++generation;
        points.clear();
        summary.set("");
        if (dataset == null) {
            title.set("Traffic");
            placeholder.set("Select a dataset");
            loading.set(false);
            return;
        }
        title.set("Traffic of " + dataset.name());
        placeholder.set("Loading...");
        loading.set(true);
        long id = dataset.id();
        pending = runner.run(BackgroundTask.of("Load traffic", (progress, cancel) -> services.trafficSeries(id, MAX_POINTS))
                .onSuccess(series -> {
                    if (mine == generation) showSeries(series);
                })
                .onFailure(error -> {
                    if (mine == generation) placeholder.set("Could not load the traffic: " + error.getMessage());
                })
                .onFinally(() -> {
                    if (mine == generation) loading.set(false);
                }));
    }

    private void showSeries(List<TrafficPoint> series) {
        points.setAll(series);
        placeholder.set(series.isEmpty() ? "No traffic stored for this dataset" : "");
        double peakBps = series.stream().mapToDouble(TrafficPoint::bitsPerSecond).max().orElse(0);
        double peakPps = series.stream().mapToDouble(TrafficPoint::packetsPerSecond).max().orElse(0);
        summary.set(series.isEmpty() ? "" : "peak " + Formats.rate(peakBps) + ", " + Formats.si(peakPps, "pps"));
    }

    public ObservableList<TrafficPoint> points() { return points; }

    public ReadOnlyStringProperty titleProperty() { return title; }

    /** Text shown instead of the chart while there is nothing to draw; empty when there is. */
    public ReadOnlyStringProperty placeholderProperty() { return placeholder; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
}
