package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.common.NameValueTable;
import org.flowbench.ui.explore.Counter;

/** The Live panel's two tables: the session's counters, and one row of counters per exporter. */
final class LiveTables {
    private static final String NO_EXPORTER = "No exporter has sent anything yet";

    private LiveTables() {}

    static TableView<Counter> session(LiveViewModel model) {
        return NameValueTable.of("live-counters", "Session", 175, "Counters appear when a session runs",
                model.counters(), Counter::name, Counter::value);
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
