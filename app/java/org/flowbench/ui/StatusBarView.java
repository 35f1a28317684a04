package org.flowbench.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.flowbench.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The bottom line: the last message, and each running task with its progress and cancel. */
public final class StatusBarView extends HBox {
    private final HBox tasks = new HBox(12);

    public StatusBarView(StatusBarViewModel model) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.messageProperty());
        message.setTooltip(full);
        HBox.setHgrow(message, Priority.ALWAYS);
        tasks.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(message, tasks);
        model.tasks().addListener((ListChangeListener<TaskItem>) change -> render(model));
        render(model);
    }

    private void render(StatusBarViewModel model) {
        tasks.getChildren().setAll(model.tasks().stream().map(StatusBarView::row).toList());
    }

    private static HBox row(TaskItem item) {
        Label title = new Label(item.title());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("task-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(item.progressProperty());
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.setMaxWidth(220);
        message.textProperty().bind(item.messageProperty());
        Button cancel = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        cancel.getStyleClass().addAll("flat", "button-icon", "cancel-task");
        cancel.setTooltip(new Tooltip("Cancel " + item.title() + " (Esc)"));
        cancel.disableProperty().bind(item.cancellingProperty());
        cancel.setOnAction(e -> item.cancel());
        HBox row = new HBox(6, title, bar, message, cancel);
        row.getStyleClass().add("task-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
