package org.flowbench.ui.explore;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * The incidents of the lead dataset (the Incidents tab below Explore): loaded when the dataset
 * changes, reloaded after each add, edit or delete. Store calls run as background tasks.
 */
public final class IncidentsViewModel {
    private final IncidentServices services;
    private final TaskRunner runner;
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private long generation;

    public IncidentsViewModel(IncidentServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** The dataset whose incidents to list and to which new ones belong; null for none. */
    public void show(DatasetInfo lead) {
        dataset.set(lead);
        refresh();
    }

    public void refresh() {
        long mine = ++generation;
        DatasetInfo d = dataset.get();
        if (d == null) {
            incidents.clear();
            message.set("");
            return;
        }
        runner.run(BackgroundTask.of("Load incidents", (progress, cancel) -> services.forDataset(d.id()))
                .onSuccess(list -> {
                    if (mine == generation) listed(list);
                })
                .onFailure(error -> {
                    if (mine == generation) message.set("Incidents could not be read: " + error.getMessage());
                }));
    }

    private void listed(List<Incident> list) {
        incidents.setAll(list);
        message.set(list.isEmpty() ? "No incidents: mark one on the chart with Mark incident..." : "");
    }

    /** Stores an incident (in the background), then lists again. */
    public void add(Incident incident) {
        runner.run(BackgroundTask.of("Save incident", (progress, cancel) -> services.add(incident))
                .onSuccess(id -> refresh())
                .onFailure(error -> message.set("The incident could not be saved: " + error.getMessage())));
    }

    /** Replaces a stored incident (same id) in the background, then lists again. */
    public void update(Incident incident) {
        runner.run(BackgroundTask.of("Save incident", (progress, cancel) -> {
                    services.update(incident);
                    return incident.id();
                })
                .onSuccess(id -> refresh())
                .onFailure(error -> message.set("The incident could not be saved: " + error.getMessage())));
    }

    public void delete(Incident incident) {
        if (incident == null) return;
        runner.run(BackgroundTask.of("Delete incident", (progress, cancel) -> {
                    services.delete(incident.id());
                    return incident.id();
                })
                .onSuccess(id -> refresh())
                .onFailure(error -> message.set("The incident could not be deleted: " + error.getMessage())));
    }

    public ReadOnlyObjectProperty<DatasetInfo> datasetProperty() { return dataset; }

    public ObservableList<Incident> incidents() { return incidents; }

    public ReadOnlyStringProperty messageProperty() { return message; }
}
