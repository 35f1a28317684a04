package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The small labels the Live panel's forms share: headings and messages that hide while empty. */
final class LiveLabels {
    private LiveLabels() {}

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("live-heading", Styles.TEXT_BOLD);
        return label;
    }

    /** A wrapped message in a colour style ({@link Styles#DANGER}, {@link Styles#WARNING}); absent while empty. */
    static Label message(String id, ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("live-message", style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
