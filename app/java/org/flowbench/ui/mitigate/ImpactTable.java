package org.flowbench.ui.mitigate;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.flowbench.ui.common.Formats;

/**
 * A table of {@link ImpactRow}s: packets matched, dropped, passed, split attack/legitimate, collateral.
 * It sits in half a laptop window (about 590 px), so the figures get short headers (the full
 * meaning in their tooltip) and compact numbers, and the name column takes what is left. Discarded,
 * rate-limited and passed (the split of what matched, which the rule's action mostly tells) start
 * hidden; the table's "+" menu shows them, listed by their full meaning.
 */
final class ImpactTable {
    /** Fits "1.82k", "999" and a four-letter bold header with the cell padding. */
    private static final double FIGURE_WIDTH = 54;

    private ImpactTable() {}

    static TableView<ImpactRow> of(String id, ObservableList<ImpactRow> rows, String firstColumn, String firstMeaning) {
        TableView<ImpactRow> t = new TableView<>(rows);
        t.setId(id);
        t.getStyleClass().add("impact-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setTableMenuButtonVisible(true);
        t.getColumns().add(name(firstColumn, firstMeaning));
        t.getColumns().add(figure("Match", "Packets matched", r -> compact(r.matched())));
        t.getColumns().add(hidden(figure("Disc", "Packets discarded (rate 0)", r -> compact(r.discarded()))));
        t.getColumns().add(hidden(figure("Limit", "Packets dropped by a rate limit above 0 (simulated per second)",
                r -> compact(r.rateLimited()))));
        t.getColumns().add(hidden(figure("Pass", "Matched packets that went through", r -> compact(r.passed()))));
        t.getColumns().add(figure("Atk", "Attack packets dropped", r -> compact(r.attackDropped())));
        t.getColumns().add(figure("Legit", "Legitimate packets dropped: the collateral damage", r -> compact(r.legitDropped())));
        t.getColumns().add(figure("Src", "Legitimate source addresses that lost traffic", r -> compact(r.collateralSources())));
        t.getColumns().add(figure("Dst", "Legitimate destination addresses that lost traffic",
                r -> compact(r.collateralDestinations())));
        t.setPlaceholder(new Label("Not simulated yet"));
        return t;
    }

    private static TableColumn<ImpactRow, String> hidden(TableColumn<ImpactRow, String> c) {
        c.setVisible(false);
        return c;
    }

    /** A header with its full meaning as tooltip (a column has none of its own). */
    private static Label header(String text, String meaning) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(meaning));
        label.setMinWidth(Label.USE_PREF_SIZE); // as a header's graphic it is otherwise squeezed to "..."
        return label;
    }

    /** An SI figure without the space before its prefix: "1.82k", "12.5M", "950". */
    static String compact(double value) {
        return Formats.si(value).replace(" ", "");
    }

    /** The rule or set, ellipsized in a narrow pane; its tooltip shows it whole. */
    private static TableColumn<ImpactRow, String> name(String header, String meaning) {
        TableColumn<ImpactRow, String> c = RulesPane.column(meaning, 300, ImpactRow::label);
        c.setGraphic(header(header, meaning));
        c.setMinWidth(90);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private static TableColumn<ImpactRow, String> figure(String header, String meaning, Function<ImpactRow, String> value) {
        // the column's own text is the full meaning, for the "+" menu; the header shows the graphic only (css)
        TableColumn<ImpactRow, String> c = RulesPane.column(meaning, FIGURE_WIDTH, value);
        c.setGraphic(header(header, meaning));
        c.setMinWidth(FIGURE_WIDTH);
        c.setMaxWidth(FIGURE_WIDTH + 6); // the name column takes the rest
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
