package org.flowbench.ui.datasets;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.ui.common.Formats;

/** One dataset in the sidebar: name and status, packets and bytes, time span. */
final class DatasetCell extends ListCell<DatasetInfo> {
    private final Label name = new Label();
    private final StatusBadge badge = new StatusBadge();
    private final Label counts = new Label();
    private final Label span = new Label();
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();

    DatasetCell() {
        name.getStyleClass().add("dataset-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        counts.getStyleClass().add("text-muted");
        span.getStyleClass().addAll("text-muted", "text-small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox top = new HBox(6, name, gap, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, counts, span);
        box.getStyleClass().add("dataset-cell");
        setPrefWidth(0); // let the list's width decide; long names are clipped with an ellipsis
    }

    @Override
    protected void updateItem(DatasetInfo dataset, boolean empty) {
        super.updateItem(dataset, empty);
        if (empty || dataset == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        name.setText(dataset.name());
        badge.setStatus(dataset.status());
        // counts are written when an import or live session finishes
        counts.setText(dataset.status() == DatasetStatus.IMPORTING ? "in progress, counts follow at the end"
                : Formats.si(dataset.packets()) + " packets, " + Formats.si(dataset.bytes(), "B"));
        span.setText(dataset.status() == DatasetStatus.IMPORTING ? "" : Formats.startAndLength(dataset.firstTs(), dataset.lastTs()));
        tooltip.setText(dataset.name() + "\n" + dataset.sourcePath() + "\n" + Formats.span(dataset.firstTs(), dataset.lastTs()));
        setTooltip(tooltip);
        setGraphic(box);
        setText(null);
    }
}
