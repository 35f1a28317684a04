package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.Counter;

/** The session's counters and, for a collector, one row of counters per exporter. */
final class LiveCountersView extends HBox {
    LiveCountersView(LiveViewModel model) {
        super(10);
        getStyleClass().add("live-counters-view");
        setPadding(new Insets(8, 12, 8, 12));

        TableView<Counter> session = new TableView<>(model.counters());
        session.setId("live-counters");
        session.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        session.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        session.setPlaceholder(new Label("-"));
        session.setPrefWidth(300);
        session.setMinWidth(USE_PREF_SIZE);
        TableColumn<Counter, String> name = new TableColumn<>("Session");
        name.setPrefWidth(180);
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        TableColumn<Counter, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().value()));
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        session.getColumns().add(name);
        session.getColumns().add(value);

        TableView<ExporterCounters> exporters = new TableView<>(model.exporters());
        exporters.setId("live-exporters");
        exporters.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        exporters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exporters.setPlaceholder(new Label(model.modeProperty().get() == LiveMode.COLLECTOR
                ? "No exporter has sent anything yet" : "-"));
        model.modeProperty().addListener((obs, old, mode) -> ((Label) exporters.getPlaceholder())
                .setText(mode == LiveMode.COLLECTOR ? "No exporter has sent anything yet" : "Exporters appear in collector mode"));
        TableColumn<ExporterCounters, String> exporter = new TableColumn<>("Exporter");
        exporter.setPrefWidth(150);
        exporter.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().exporter()));
        exporters.getColumns().add(exporter);
        exporters.getColumns().add(number("Datagrams", ExporterCounters::datagrams));
        exporters.getColumns().add(number("Records", ExporterCounters::records));
        exporters.getColumns().add(number("Sequence gaps", ExporterCounters::sequenceGaps));
        exporters.getColumns().add(number("Unknown templates", ExporterCounters::unknownTemplates));
        exporters.getColumns().add(number("Malformed", ExporterCounters::malformed));
        exporters.getColumns().add(number("Rejected", ExporterCounters::rejected));
        HBox.setHgrow(exporters, Priority.ALWAYS);

        VBox.setVgrow(session, Priority.ALWAYS);
        getChildren().addAll(session, exporters);
    }

    private static TableColumn<ExporterCounters, String> number(String title, ToLongFunction<ExporterCounters> value) {
        TableColumn<ExporterCounters, String> column = new TableColumn<>(title);
        column.setPrefWidth(title.length() > 10 ? 130 : 95);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(Formats.count(value.applyAsLong(row.getValue()))));
        return column;
    }
}
