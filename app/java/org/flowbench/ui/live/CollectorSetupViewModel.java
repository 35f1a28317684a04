package org.flowbench.ui.live;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.ExporterAllowlist;
import org.flowbench.ingest.live.ListenAddress;

/**
 * The collector's settings as the user edits them: where to listen (loopback unless the user
 * types another address, which a note then points out) and which exporters to accept.
 * Parsing is pure, so it runs as the user types.
 */
public final class CollectorSetupViewModel {
    public static final String DEFAULT_LISTEN = "127.0.0.1:2055, 127.0.0.1:6343";

    private final StringProperty listen = new SimpleStringProperty(DEFAULT_LISTEN);
    private final StringProperty listenError = new SimpleStringProperty("");
    private final StringProperty exposureNote = new SimpleStringProperty("");
    private final SimpleBooleanProperty valid = new SimpleBooleanProperty(true);
    private final ObservableList<String> allowlist = FXCollections.observableArrayList();
    private final StringProperty allowEntry = new SimpleStringProperty("");
    private final StringProperty allowError = new SimpleStringProperty("");

    public CollectorSetupViewModel() {
        listen.addListener((obs, old, text) -> check());
        allowEntry.addListener((obs, old, text) -> allowError.set(""));
        check();
    }

    private void check() {
        try {
            List<ListenAddress> addresses = addresses();
            listenError.set("");
            List<String> exposed = addresses.stream().filter(a -> !a.isLoopback()).map(ListenAddress::toString).toList();
            exposureNote.set(exposed.isEmpty() ? "" : String.join(", ", exposed)
                    + " accepts exports from the network, not only from this machine."
                    + " Limit who may send with the exporter allowlist.");
            valid.set(true);
        } catch (IllegalArgumentException e) {
            listenError.set(e.getMessage());
            exposureNote.set("");
            valid.set(false);
        }
    }

    private List<ListenAddress> addresses() {
        List<ListenAddress> list = new ArrayList<>();
        for (String part : listen.get() == null ? new String[0] : listen.get().split("[,\\s]+")) {
            if (!part.isBlank()) list.add(ListenAddress.parse(part));
        }
        if (list.isEmpty()) throw new IllegalArgumentException("give at least one address to listen on, e.g. 127.0.0.1:2055");
        return list;
    }

    /** Adds the typed address or prefix to the allowlist; a wrong one stays in the field with the reason. */
    public void addAllowEntry() {
        String entry = allowEntry.get() == null ? "" : allowEntry.get().strip();
        if (entry.isEmpty()) return;
        try {
            String normal = ExporterAllowlist.of(List.of(entry)).entries().get(0);
            if (!allowlist.contains(normal)) allowlist.add(normal);
            allowEntry.set("");
        } catch (IllegalArgumentException e) {
            allowError.set(e.getMessage());
        }
    }

    public void removeAllowEntry(String entry) {
        allowlist.remove(entry);
    }

    /** The settings to start with; call only while {@link #validProperty()} holds. */
    public CollectorSettings settings(String datasetName) {
        String name = datasetName == null || datasetName.isBlank() ? null : datasetName.strip();
        return CollectorSettings.of(addresses()).withAllowlist(ExporterAllowlist.of(allowlist)).withName(name);
    }

    public StringProperty listenProperty() { return listen; }

    /** Why the listen text cannot be used; empty when it can. */
    public ReadOnlyStringProperty listenErrorProperty() { return listenError; }

    /** Set when an address is not loopback: the collector is then reachable from the network. */
    public ReadOnlyStringProperty exposureNoteProperty() { return exposureNote; }

    public ReadOnlyBooleanProperty validProperty() { return valid; }

    /** Accepted exporters (addresses or prefixes); empty accepts everyone. */
    public ObservableList<String> allowlist() { return allowlist; }

    public StringProperty allowEntryProperty() { return allowEntry; }

    public ReadOnlyStringProperty allowErrorProperty() { return allowError; }
}
