package org.flowbench.ui.datasets;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import org.flowbench.store.DatasetStatus;

/** A small coloured label for a dataset's status; hidden when there is none. */
public final class StatusBadge extends Label {
    private static final String[] STATES = {"complete", "partial", "failed", "importing"};

    private final ObjectProperty<DatasetStatus> status = new SimpleObjectProperty<>();

    public StatusBadge() {
        getStyleClass().add("status-badge");
        setMinWidth(USE_PREF_SIZE); // the name gives way to the badge, never the other way round
        status.addListener((obs, old, now) -> render(now));
        render(null);
    }

    public ObjectProperty<DatasetStatus> statusProperty() { return status; }

    public void setStatus(DatasetStatus value) { status.set(value); }

    private void render(DatasetStatus value) {
        getStyleClass().removeAll(STATES);
        setVisible(value != null);
        setManaged(value != null);
        if (value == null) return;
        String name = value.name().toLowerCase(Locale.ROOT);
        setText(name);
        getStyleClass().add(name);
    }
}
