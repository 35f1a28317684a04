package org.flowbench.ui.datasets;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.WorkbenchServices;

/** The workspace's datasets and which one is selected. */
public final class DatasetListViewModel {
    private final WorkbenchServices services;
    private final TaskRunner runner;
    private final Consumer<String> status;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> selected = new SimpleObjectProperty<>();
    /** Every selected dataset (Ctrl/Shift-click), for views that show several at once; holds {@link #selected} too. */
    private final ObservableList<DatasetInfo> selection = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long generation;

    public DatasetListViewModel(WorkbenchServices services, TaskRunner runner, Consumer<String> status) {
        this.services = services;
        this.runner = runner;
        this.status = status;
    }

    /** Reloads the list and keeps the selected dataset selected. */
    public void refresh() {
        DatasetInfo current = selected.get();
        refresh(current == null ? -1 : current.id());
    }

    /** Reloads the list, then selects the dataset with this id (or the first one if absent). */
    public void refresh(long selectId) {
        long mine = ++generation;
        loading.set(true);
        runner.run(BackgroundTask.of("List datasets", (progress, cancel) -> services.listDatasets())
                .onSuccess(list -> {
                    if (mine == generation) show(list, selectId);
                })
                .onFailure(error -> status.accept("Could not list datasets: " + error.getMessage()))
                .onFinally(() -> {
                    if (mine == generation) loading.set(false);
                }));
    }

    /** Shows a list loaded elsewhere (at start-up) and selects by id, else the first dataset. */
    public void show(List<DatasetInfo> list, long selectId) {
        datasets.setAll(list);
        DatasetInfo pick = list.stream().filter(d -> d.id() == selectId).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        // Records are new objects after every reload: select the fresh one so cells show new counts.
        selected.set(pick);
        selection.setAll(pick == null ? List.of() : List.of(pick));
    }

    public ObservableList<DatasetInfo> datasets() { return datasets; }

    public ObjectProperty<DatasetInfo> selectedProperty() { return selected; }

    /**
     * All selected datasets in list order; Explore shows them together. {@link #selectedProperty()}
     * stays the one dataset the other areas work on (the last one clicked).
     */
    public ObservableList<DatasetInfo> selection() { return selection; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
}
