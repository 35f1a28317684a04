package org.flowbench.ui.report;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Something the user ticks in a checklist: a dataset or an incident, with its label. */
public final class Choice<T> {
    private final T value;
    private final String label;
    private final BooleanProperty selected;

    public Choice(T value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = new SimpleBooleanProperty(selected);
    }

    public T value() { return value; }

    public String label() { return label; }

    public BooleanProperty selectedProperty() { return selected; }

    public boolean isSelected() { return selected.get(); }

    @Override
    public String toString() { return label; }
}
