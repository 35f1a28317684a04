package org.flowbench.ui.datasets;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The sidebar: the workspace's datasets; selecting one drives the work area. */
public final class DatasetListView extends VBox {
    private final ListView<DatasetInfo> list = new ListView<>();

    public DatasetListView(DatasetListViewModel model) {
        getStyleClass().add("dataset-list-view");
        Label heading = new Label("Datasets");
        heading.getStyleClass().add("title-4");
        Button refresh = new Button(null, Icons.of(MaterialDesignR.REFRESH));
        refresh.getStyleClass().addAll("flat", "button-icon");
        refresh.setTooltip(new Tooltip("Reload the list (F5)"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, heading, gap, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 8, 4, 12));

        list.setId("dataset-list");
        list.setItems(model.datasets());
        list.setCellFactory(view -> new DatasetCell());
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);

        // Two-way by hand: the list's selection model is not a bindable property.
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.selectedProperty().set(now);
        });
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DatasetInfo>) change -> {
            java.util.List<DatasetInfo> all = java.util.List.copyOf(list.getSelectionModel().getSelectedItems().stream()
                    .filter(java.util.Objects::nonNull).toList());
            if (!all.isEmpty() && !all.equals(model.selection())) model.selection().setAll(all);
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        // A reload replaces the items, and the list drops its selection; restore it.
        model.datasets().addListener((ListChangeListener<DatasetInfo>) change -> select(model.selectedProperty().get()));
        select(model.selectedProperty().get());

        getChildren().addAll(header, list);
    }

    /** The list itself, for a context menu and a note under it. */
    public ListView<DatasetInfo> list() { return list; }

    private void select(DatasetInfo dataset) {
        if (dataset == null) {
            list.getSelectionModel().clearSelection();
        } else if (!list.getSelectionModel().getSelectedItems().contains(dataset)) {
            // a dataset chosen elsewhere (an import, a reload) replaces a multiple selection
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(dataset);
        }
    }

    private static Label placeholder() {
        Label label = new Label("No datasets yet.\nImport a capture with File > Import\nor drop it on this window.");
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
