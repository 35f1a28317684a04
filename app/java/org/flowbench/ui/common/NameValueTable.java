package org.flowbench.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A dense two-column table of labelled, already formatted values (import report, live session counters). */
public final class NameValueTable {
    private NameValueTable() {}

    public static <T> TableView<T> of(String id, String nameHeader, double nameWidth, String placeholder,
                                      ObservableList<T> rows, Function<T, String> name, Function<T, String> value) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(placeholder));
        TableColumn<T, String> names = new TableColumn<>(nameHeader);
        names.setPrefWidth(nameWidth);
        names.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(name.apply(row.getValue())));
        TableColumn<T, String> values = new TableColumn<>("Value");
        values.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        values.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(names);
        table.getColumns().add(values);
        return table;
    }
}
