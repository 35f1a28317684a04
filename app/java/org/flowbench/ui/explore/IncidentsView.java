package org.flowbench.ui.explore;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.flowbench.store.Incident;

/** The lead dataset's incidents (the tab below Explore), with Edit (or a double click) and Delete. */
public final class IncidentsView extends BorderPane {
    private final TableView<Incident> table = new TableView<>();

    public IncidentsView(IncidentsViewModel model) {
        setId("incidents-view");
        table.setId("incidents-table");
        table.setItems(model.incidents());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.messageProperty());
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Name", Incident::name));
        table.getColumns().add(column("Kind", i -> i.kind().sqlName()));
        table.getColumns().add(column("Start", i -> TimeRange.format(i.start())));
        table.getColumns().add(column("End", i -> TimeRange.format(i.end())));
        table.getColumns().add(column("Victim", i -> i.victim() == null ? "" : i.victim()));
        table.getColumns().add(column("Filter", i -> i.filter() == null ? "" : i.filter()));
        Button edit = new Button("Edit...");
        edit.setId("incidents-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(model, table.getSelectionModel().getSelectedItem()));
        table.setRowFactory(t -> {
            TableRow<Incident> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) edit(model, row.getItem());
            });
            return row;
        });
        Button delete = new Button("Delete");
        delete.setId("incidents-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, edit, delete, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setCenter(table);
        setBottom(bar);
    }

    public TableView<Incident> table() { return table; }

    private void edit(IncidentsViewModel model, Incident incident) {
        if (incident == null) return;
        new MarkIncidentDialog(getScene().getWindow(), MarkIncidentViewModel.editing(incident, model)).showAndWait();
    }

    private static TableColumn<Incident, String> column(String title, Function<Incident, String> text) {
        TableColumn<Incident, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
