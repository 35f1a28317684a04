package org.flowbench.ui.detect;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/** A replay's results: alert timeline over the traffic, the score line, the alert table. */
final class AlertsPane extends BorderPane {
    private final AlertTimeline timeline = new AlertTimeline();

    AlertsPane(DetectViewModel model, ObservableBooleanValue darkTheme) {
        DetectRunViewModel run = model.replay();
        ChartViewer viewer = new ChartViewer(timeline.chart().chart(), true);
        viewer.setId("detect-timeline");
        viewer.setMinHeight(160);
        Label score = new Label();
        score.setId("detect-score");
        score.setWrapText(true);
        score.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> run.alerts().isEmpty() && run.scoreProperty().get() == null ? "" : ScoreText.of(run.scoreProperty().get()),
                run.scoreProperty(), run.alerts()));
        Label summary = new Label();
        summary.setId("detect-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(run.summaryProperty());
        Label message = new Label();
        message.setId("detect-alert-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        javafx.scene.control.Button mitigate = new javafx.scene.control.Button("Mitigate...");
        mitigate.setId("detect-mitigate");
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, mitigate, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox lines = new VBox(2, summary, score, actions);
        lines.setPadding(new Insets(6, 10, 6, 10));

        AlertTable table = new AlertTable(run.alerts(), run.vectorsPendingProperty(), model::openInExplore, model::mitigate);
        mitigate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        mitigate.setOnAction(e -> model.mitigate(table.getSelectionModel().getSelectedItem()));
        BorderPane lower = new BorderPane(table);
        lower.setTop(lines);
        SplitPane split = new SplitPane(viewer, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);

        ListChangeListener<Object> redraw = change -> {
            timeline.chart().setPoints(run.traffic());
            timeline.show(run.alerts(), run.incidents());
        };
        run.traffic().addListener(redraw);
        run.alerts().addListener(redraw);
        timeline.chart().applyTheme(darkTheme.get());
        darkTheme.addListener((obs, old, dark) -> timeline.chart().applyTheme(dark));
    }

    int alertBands() { return timeline.alertBands(); }

}
