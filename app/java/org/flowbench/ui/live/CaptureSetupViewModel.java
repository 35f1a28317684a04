package org.flowbench.ui.live;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.LibpcapAvailability;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * The interface capture's settings: the interfaces libpcap offers and the capture filter.
 * Without libpcap it holds the message of what to install, and nothing else is affected.
 */
public final class CaptureSetupViewModel {
    private final LiveServices services;
    private final TaskRunner runner;
    private final ObservableList<CaptureInterface> interfaces = FXCollections.observableArrayList();
    private final ObjectProperty<CaptureInterface> selected = new SimpleObjectProperty<>();
    private final StringProperty bpf = new SimpleStringProperty("");
    private final StringProperty unavailable = new SimpleStringProperty("");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanBinding ready;
    private boolean loaded;

    public CaptureSetupViewModel(LiveServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        ready = Bindings.createBooleanBinding(() -> unavailable.get().isEmpty() && selected.get() != null,
                unavailable, selected);
    }

    /** Checks libpcap and lists the interfaces, once (loading the native library may take a moment). */
    public void loadOnce() {
        if (loaded) return;
        loaded = true;
        reload();
    }

    public void reload() {
        loading.set(true);
        runner.run(BackgroundTask.of("List capture interfaces", (progress, cancel) -> {
                    LibpcapAvailability.Result lib = services.libpcap();
                    return lib.available() ? new Found(lib, services.captureInterfaces()) : new Found(lib, List.of());
                })
                .onSuccess(found -> {
                    unavailable.set(found.lib().available() ? "" : found.lib().message());
                    interfaces.setAll(found.interfaces());
                    selected.set(preferred(found.interfaces()));
                })
                .onFailure(error -> unavailable.set("Cannot list the interfaces: " + error.getMessage()))
                .onFinally(() -> loading.set(false)));
    }

    private record Found(LibpcapAvailability.Result lib, List<CaptureInterface> interfaces) { }

    /** The first interface that is up and not loopback: where traffic usually is. */
    private static CaptureInterface preferred(List<CaptureInterface> list) {
        return list.stream().filter(i -> i.up() && !i.loopback()).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
    }

    public CaptureOptions options(String datasetName) {
        CaptureInterface i = selected.get();
        if (i == null) throw new IllegalStateException("no interface selected");
        String name = datasetName == null || datasetName.isBlank() ? null : datasetName.strip();
        return new CaptureOptions(i.name(), bpf.get(), false, CaptureOptions.DEFAULT_SNAPLEN, name);
    }

    public ObservableList<CaptureInterface> interfaces() { return interfaces; }

    public ObjectProperty<CaptureInterface> selectedProperty() { return selected; }

    public StringProperty bpfProperty() { return bpf; }

    /** Why capture cannot work here (what to install); empty when it can. */
    public ReadOnlyStringProperty unavailableProperty() { return unavailable; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    /** libpcap is there and an interface is chosen. */
    public BooleanBinding readyProperty() { return ready; }
}
