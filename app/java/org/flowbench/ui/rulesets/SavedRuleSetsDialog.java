package org.flowbench.ui.rulesets;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.ui.common.Formats;

/**
 * Lists the workspace's saved rule sets of one kind and saves or opens one by name. The dialog
 * stays open while the work runs and when it fails (the problem shown under the form); it closes
 * with the set once saved or opened.
 */
public final class SavedRuleSetsDialog extends Dialog<StoredRuleSet> {
    public enum Mode { SAVE, OPEN }

    private final SavedRuleSetsViewModel model;

    /**
     * @param action for SAVE: saves the caller's text through the model; for OPEN: opens the named set.
     *               Either way it calls its argument with the set when done.
     */
    public SavedRuleSetsDialog(Window owner, SavedRuleSetsViewModel model, Mode mode,
                               Consumer<Consumer<StoredRuleSet>> action) {
        this.model = model;
        initOwner(owner);
        String what = model.kind().sqlName();
        setTitle(mode == Mode.SAVE ? "Save to workspace" : "Open from workspace");
        setHeaderText(mode == Mode.SAVE ? "Save the " + what + " rules in the workspace"
                : "Open " + what + " rules saved in the workspace");

        TableView<StoredRuleSet> table = new TableView<>(model.sets());
        table.setId("saved-rule-sets");
        table.setPrefSize(460, 220);
        table.setPlaceholder(new Label("No " + what + " rule sets saved yet"));
        table.getColumns().add(column("Name", 200, StoredRuleSet::name));
        TableColumn<StoredRuleSet, Integer> rules = new TableColumn<>("Rules");
        rules.setPrefWidth(60);
        rules.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ruleCount()));
        table.getColumns().add(rules);
        table.getColumns().add(column("Updated (" + Formats.zoneLabel() + ")", 170,
                s -> s.updated() == null ? "" : Formats.dateTime(s.updated())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        TextField name = new TextField();
        name.setId("saved-rule-set-name");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(model.nameProperty());
        HBox nameRow = new HBox(8, new Label("Name"), name);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, table, nameRow);
        if (mode == Mode.SAVE) {
            CheckBox replace = new CheckBox("Replace a saved set of this name");
            replace.setId("saved-rule-set-replace");
            replace.selectedProperty().bindBidirectional(model.replaceProperty());
            content.getChildren().add(replace);
        }
        Label error = new Label();
        error.setId("saved-rule-set-error");
        error.getStyleClass().add("text-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        content.getChildren().add(error);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(mode == Mode.SAVE ? "Save" : "Open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("saved-rule-set-ok");
        okButton.disableProperty().bind(model.busyProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the work runs in the background; the dialog closes from its success callback
            e.consume();
            action.accept(set -> {
                setResult(set);
                close();
            });
        });
        setResultConverter(button -> null);
        // the name of the set last saved or opened is offered again; typing replaces it
        setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        model.refresh();
    }

    public SavedRuleSetsViewModel model() { return model; }

    private static TableColumn<StoredRuleSet, String> column(String title, double width, Function<StoredRuleSet, String> value) {
        TableColumn<StoredRuleSet, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
