package org.flowbench.ui.detect;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The rule set as JSON text; the caret jumps to a validation error's place. */
final class RuleEditorPane extends BorderPane {
    RuleEditorPane(RuleEditorViewModel model) {
        Label source = new Label();
        source.getStyleClass().addAll("text-muted", "text-small");
        source.textProperty().bind(model.sourceProperty());
        TextArea text = new TextArea();
        text.setId("rule-text");
        text.getStyleClass().add("rule-text");
        // the pane is a third of the window: descriptions and triggers would hide past its edge
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        Label error = new Label();
        error.setId("rule-error");
        error.getStyleClass().add("rule-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorOffsetProperty().addListener((obs, old, at) -> {
            if (at.intValue() >= 0 && at.intValue() <= text.getLength()) {
                text.positionCaret(at.intValue());
                text.requestFocus();
            }
        });
        VBox top = new VBox(source);
        top.setPadding(new Insets(6, 8, 4, 8));
        setTop(top);
        setCenter(text);
        setBottom(error);
    }
}
