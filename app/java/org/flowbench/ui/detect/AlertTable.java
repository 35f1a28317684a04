package org.flowbench.ui.detect;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.flowbench.detect.Alert;
import org.flowbench.ui.common.Formats;

/**
 * The alerts of a replay, one row each. Clicking a row asks Explore to show its traffic (again
 * on every click, not only when the selection changes); the row's menu also offers Mitigate.
 */
final class AlertTable extends TableView<Alert> {
    /** @param vectorsPending true while the alerts' dominant vectors are still being computed */
    AlertTable(ObservableList<Alert> alerts, javafx.beans.value.ObservableBooleanValue vectorsPending,
               Consumer<Alert> explore, Consumer<Alert> mitigate) {
        super(alerts);
        setId("detect-alerts");
        setPlaceholder(new Label("No alerts yet: run the rules over a dataset"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getColumns().add(column("Rule", 110, Alert::rule));
        getColumns().add(column("Key", 130, a -> a.key().display()));
        getColumns().add(column("Start (" + Formats.zoneLabel() + ")", 190, a -> Formats.dateTime(a.start())));
        getColumns().add(column("End", 90, a -> Formats.timeOfDay(a.end())));
        getColumns().add(column("Duration", 110, a -> Formats.duration(a.duration())));
        getColumns().add(column("Peak rate", 115, a -> Formats.rate(a.peakBps())));
        getColumns().add(column("Peak pps", 100, a -> Formats.si(a.peakPps(), "pps")));
        getColumns().add(column("Dominant vector", 420, a -> a.vector() != null ? a.vector().display()
                : vectorsPending.get() ? "computing..." : "-"));
        vectorsPending.addListener((obs, was, now) -> refresh());
        setRowFactory(table -> {
            TableRow<Alert> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !row.isEmpty()) {
                    explore.accept(row.getItem());
                }
            });
            MenuItem show = new MenuItem("Show in Explore");
            show.setOnAction(e -> explore.accept(row.getItem()));
            MenuItem rules = new MenuItem("Mitigate...");
            rules.setId("alert-mitigate");
            rules.setOnAction(e -> mitigate.accept(row.getItem()));
            ContextMenu menu = new ContextMenu(show, rules);
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    private static TableColumn<Alert, String> column(String title, double width, Function<Alert, String> text) {
        TableColumn<Alert, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
