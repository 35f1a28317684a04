package org.flowbench.ui.mitigate;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.common.TypedTime;

/** Victim and range in, proposals with their simulated impact out; "Use" loads one into the editor. */
final class GeneratePane extends VBox {
    GeneratePane(GenerateViewModel model, javafx.beans.property.StringProperty legitFilter) {
        super(8);
        setPadding(new Insets(8));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Victim"), field("generate-victim", model.victimProperty(), "198.51.100.20"));
        form.addRow(1, new Label("From"), field("generate-from", model.fromProperty(), TypedTime.hint("blank: dataset start")));
        form.addRow(2, new Label("To"), field("generate-to", model.toProperty(), TypedTime.hint("blank: dataset end")));
        form.addRow(3, new Label("Legitimate"), field("legit-filter-generate", legitFilter, "filter; blank: the dataset's incidents"));
        GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);

        Button generate = new Button("Generate rules");
        generate.setId("generate-button");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(model.runningProperty());
        generate.setOnAction(e -> model.generate());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("generate-status");
        status.textProperty().bind(model.statusProperty());

        TableView<ProposalRow> table = new TableView<>(model.proposals());
        table.setId("proposals-table");
        table.getColumns().add(RulesPane.column("Proposal", 170, ProposalRow::name));
        table.getColumns().add(RulesPane.column("Attack dropped", 105, ProposalRow::attackDroppedText));
        table.getColumns().add(RulesPane.column("Legit dropped", 100, ProposalRow::legitDroppedText));
        table.getColumns().add(RulesPane.column("Collateral sources", 120, r -> Formats.count(r.collateralSources())));
        table.getColumns().add(RulesPane.column("TCAM entries", 90, r -> Formats.count(r.tcamEntries())));
        table.getColumns().add(RulesPane.column("Rules", 520, ProposalRow::rules));
        table.setPlaceholder(new Label("No proposals yet"));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ProposalRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) model.choose(row.getItem());
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button use = new Button("Use in editor");
        use.setId("use-proposal");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> model.choose(table.getSelectionModel().getSelectedItem()));

        HBox actions = new HBox(8, generate, use, busy, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label rtbh = new Label();
        rtbh.setId("generate-rtbh");
        rtbh.setWrapText(true);
        rtbh.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.rtbhSummary().isEmpty() ? "" : "Beside them, " + model.rtbhSummary(), model.rtbhProperty()));
        rtbh.managedProperty().bind(rtbh.textProperty().isNotEmpty());
        getChildren().addAll(form, actions, rtbh, table);
    }

    static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(28);
        return f;
    }
}
