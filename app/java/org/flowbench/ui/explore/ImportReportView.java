package org.flowbench.ui.explore;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ui.common.NameValueTable;
import org.flowbench.ui.datasets.StatusBadge;

/** Shows {@link ImportReportViewModel}: counters, link types, protocols, damage list. */
public final class ImportReportView extends VBox {
    public ImportReportView(ImportReportViewModel model) {
        getStyleClass().add("import-report-view");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(6);

        Label heading = new Label("Import report");
        heading.getStyleClass().add("title-4");
        StatusBadge badge = new StatusBadge();
        badge.statusProperty().bind(model.statusProperty());
        heading.setMinWidth(USE_PREF_SIZE);
        Label headline = new Label();
        headline.setId("report-headline");
        headline.getStyleClass().add("text-muted");
        headline.textProperty().bind(model.headlineProperty());
        HBox top = new HBox(10, heading, badge, headline);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.setMaxHeight(40);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.messageProperty());
        message.setTooltip(full);

        TableView<Counter> counters = counterTable("report-counters", "Counter", model.counters());
        counters.setPrefWidth(290);
        counters.setMinWidth(USE_PREF_SIZE); // the damage list gives way first: counters must stay legible
        TableView<Counter> linkTypes = counterTable("report-link-types", "Link type", model.linkTypes());
        TableView<Counter> protocols = counterTable("report-protocols", "Protocol", model.protocols());
        VBox perKind = new VBox(6, linkTypes, protocols);
        perKind.setPrefWidth(240);
        perKind.setMinWidth(USE_PREF_SIZE);
        VBox.setVgrow(linkTypes, Priority.ALWAYS);
        VBox.setVgrow(protocols, Priority.ALWAYS);

        Label damageNote = new Label();
        damageNote.setId("report-damage-note");
        damageNote.textProperty().bind(model.damageNoteProperty());
        TableView<Damage> damage = damageTable(model.damage());
        VBox damageBox = new VBox(4, damageNote, damage);
        VBox.setVgrow(damage, Priority.ALWAYS);
        HBox.setHgrow(damageBox, Priority.ALWAYS);

        HBox body = new HBox(10, counters, perKind, damageBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, message, body);
    }

    private static TableView<Counter> counterTable(String id, String what, ObservableList<Counter> rows) {
        return NameValueTable.of(id, what, 150, "-", rows, Counter::name, Counter::value);
    }

    private static TableView<Damage> damageTable(ObservableList<Damage> rows) {
        TableView<Damage> table = new TableView<>(rows);
        table.setId("report-damage");
        table.getStyleClass().addAll("dense", "bordered");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No damaged places"));
        TableColumn<Damage, Number> offset = new TableColumn<>("Offset");
        offset.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().offset()));
        offset.setStyle("-fx-alignment: CENTER-RIGHT;");
        offset.setPrefWidth(90);
        TableColumn<Damage, String> what = new TableColumn<>("Where");
        what.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().what()));
        what.setPrefWidth(130);
        TableColumn<Damage, String> expected = new TableColumn<>("Expected");
        expected.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().expected()));
        expected.setPrefWidth(180);
        TableColumn<Damage, String> found = new TableColumn<>("Found");
        found.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().found()));
        // Damage texts are long; the whole sentence shows on hover.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Damage item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.toString()));
            }
        });
        table.getColumns().add(offset);
        table.getColumns().add(what);
        table.getColumns().add(expected);
        table.getColumns().add(found);
        return table;
    }
}
