package org.flowbench.ui.explore;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.flowbench.query.Metric;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.SeriesStats;
import org.flowbench.ui.common.Formats;

/**
 * The table below the Explore chart: a line per series with its colour swatch and statistics in
 * the metric's units. A click adds the series to the filter; its context menu mitigates it.
 */
final class SeriesTable extends TableView<SeriesRow> {
    private final ExploreViewModel model;
    private final ObservableBooleanValue darkTheme;

    SeriesTable(ExploreViewModel model, ObservableBooleanValue darkTheme) {
        this.model = model;
        this.darkTheme = darkTheme;
        setId("explore-table");
        setItems(model.rows());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No series"));
        TableColumn<SeriesRow, SeriesRow> name = new TableColumn<>("Series");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new SeriesNameCell());
        name.setPrefWidth(260);
        getColumns().add(name);
        getColumns().add(number("Min", SeriesStats::min, false));
        getColumns().add(number("Average", SeriesStats::average, false));
        getColumns().add(number("Max", SeriesStats::max, false));
        getColumns().add(number("95th pct", SeriesStats::p95, false));
        getColumns().add(number("Total", SeriesStats::total, true));
        setRowFactory(t -> {
            TableRow<SeriesRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 1 && e.getButton() == MouseButton.PRIMARY) {
                    model.addToFilter(row.getItem());
                }
            });
            row.setTooltip(new Tooltip("Click to add this series to the filter"));
            MenuItem mitigate = new MenuItem("Mitigate...");
            mitigate.setOnAction(e -> model.mitigation().mitigate(row.getItem()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(mitigate)));
            return row;
        });
    }

    private TableColumn<SeriesRow, String> number(String title, Function<SeriesStats, Double> value, boolean total) {
        TableColumn<SeriesRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> {
            Metric m = model.metricProperty().get();
            return new ReadOnlyObjectWrapper<>(Formats.quantity(value.apply(c.getValue().stats()),
                    total ? m.totalUnit() : m.unit()));
        });
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    /** The series' label beside a swatch of its colour in the chart. */
    private final class SeriesNameCell extends TableCell<SeriesRow, SeriesRow> {
        @Override
        protected void updateItem(SeriesRow row, boolean empty) {
            super.updateItem(row, empty);
            SeriesResult r = model.resultProperty().get();
            if (empty || row == null || r == null || row.index() >= r.series().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            java.awt.Color c = ExploreChart.colour(r.series().get(row.index()), row.index(), darkTheme.get());
            Rectangle swatch = new Rectangle(10, 10, Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            setGraphic(swatch);
            setText(row.label());
        }
    }
}
