package org.flowbench.ui.explore;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.flowbench.store.IncidentKind;
import org.flowbench.ui.common.Formats;

/** Shows {@link MarkIncidentViewModel}; Save stays in the dialog while the form is not valid. */
public final class MarkIncidentDialog extends Dialog<Boolean> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public MarkIncidentDialog(Window owner, MarkIncidentViewModel form) {
        initOwner(owner);
        setTitle(form.isEdit() ? "Edit incident" : "Mark incident");
        setHeaderText(form.isEdit() ? "Correct the label Detect's score uses" : "Label this range for Detect's score");
        GridPane grid = new GridPane();
        grid.setId("mark-incident-form");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ComboBox<IncidentKind> kind = new ComboBox<>();
        kind.setId("incident-kind");
        kind.getItems().setAll(IncidentKind.values());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        int row = 0;
        grid.addRow(row++, new Label("Name"), field("incident-name", form.nameProperty(), 24));
        grid.addRow(row++, new Label("Kind"), kind);
        grid.addRow(row++, new Label("Start (" + Formats.zoneLabel() + ")"), field("incident-start", form.startProperty(), 16));
        grid.addRow(row++, new Label("End (" + Formats.zoneLabel() + ")"), field("incident-end", form.endProperty(), 16));
        grid.addRow(row++, new Label("Victim"), field("incident-victim", form.victimProperty(), 24));
        grid.addRow(row++, new Label("Victim filter"), field("incident-filter", form.filterProperty(), 32));
        grid.addRow(row++, new Label("Notes"), field("incident-notes", form.notesProperty(), 32));
        Label error = new Label();
        error.setId("incident-error");
        error.getStyleClass().add("text-error");
        error.textProperty().bind(form.errorProperty());
        grid.add(error, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("incident-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.save()) e.consume();
        });
        setResultConverter(button -> button == SAVE);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
