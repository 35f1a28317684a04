package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.Counter;

/** The Live panel's two tables: the session's counters, and one row of counters per exporter. */
final class LiveTables {
    private static final String NO_EXPORTER = "No exporter has sent anything yet";

    private LiveTables() {}

    static TableView<Counter> session(LiveViewModel model) {
        TableView<Counter> table = new TableView<>(model.counters());
        table.setId("live-counters");
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Counters appear when a session runs"));
        TableColumn<Counter, String> name = new TableColumn<>("Session");
        name.setPrefWidth(175);
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        TableColumn<Counter, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().value()));
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(name);
        table.getColumns().add(value);
        return table;
    }

    static TableView<ExporterCounters> exporters(LiveViewModel model) {
        TableView<ExporterCounters> table = new TableView<>(model.exporters());
        table.setId("live-exporters");
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(placeholder(model.modeProperty().get()));
        model.modeProperty().addListener((obs, old, mode) -> placeholder.setText(placeholder(mode)));
        table.setPlaceholder(placeholder);
        TableColumn<ExporterCounters, String> exporter = new TableColumn<>("Exporter");
        exporter.setPrefWidth(120);
        exporter.setMinWidth(85);
        exporter.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().exporter()));
        table.getColumns().add(exporter);
        table.getColumns().add(number("Datagrams", 108, ExporterCounters::datagrams));
        table.getColumns().add(number("Records", 82, ExporterCounters::records));
        table.getColumns().add(number("Gaps", 62, ExporterCounters::sequenceGaps));
        table.getColumns().add(number("No template", 116, ExporterCounters::unknownTemplates));
        table.getColumns().add(number("Malformed", 100, ExporterCounters::malformed));
        table.getColumns().add(number("Rejected", 86, ExporterCounters::rejected));
        return table;
    }

    private static String placeholder(LiveMode mode) {
        return mode == LiveMode.COLLECTOR ? NO_EXPORTER : "Exporters are counted in collector mode";
    }

    /** @param minWidth what the bold header needs: the table shrinks columns to their minimum, not below */
    private static TableColumn<ExporterCounters, String> number(String title, int minWidth,
                                                                ToLongFunction<ExporterCounters> value) {
        TableColumn<ExporterCounters, String> column = new TableColumn<>(title);
        column.setMinWidth(minWidth);
        column.setPrefWidth(minWidth + 20);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(Formats.count(value.applyAsLong(row.getValue()))));
        return column;
    }
}
