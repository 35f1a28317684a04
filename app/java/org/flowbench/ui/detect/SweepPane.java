package org.flowbench.ui.detect;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.flowbench.detect.SweepPoint;
import org.jfree.chart.fx.ChartViewer;

/** Sweep controls (metric, FROM:TO:STEP) and the chart of the outcome per value. */
final class SweepPane extends BorderPane {
    private final SweepChart chart = new SweepChart();

    SweepPane(DetectViewModel model) {
        SweepViewModel sweep = model.sweeper();
        ComboBox<String> metric = new ComboBox<>(sweep.metrics());
        metric.setId("sweep-metric");
        metric.valueProperty().bindBidirectional(sweep.metricProperty());
        TextField range = new TextField();
        range.setId("sweep-range");
        range.setPromptText("FROM:TO:STEP, e.g. 10k:100k:10k");
        range.setPrefColumnCount(16);
        range.textProperty().bindBidirectional(sweep.rangeProperty());
        Button run = new Button("Sweep");
        run.setId("sweep-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(sweep.runningProperty());
        run.setOnAction(e -> model.sweep());
        range.setOnAction(e -> model.sweep());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(sweep.runningProperty());
        cancel.setOnAction(e -> sweep.cancel());
        Label summary = new Label();
        summary.setId("sweep-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(sweep.summaryProperty());
        HBox controls = new HBox(8, new Label("Threshold"), metric, new Label("range"), range, run, cancel, summary);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8, 10, 8, 10));
        ChartViewer viewer = new ChartViewer(chart.chart(), true);
        viewer.setId("sweep-chart");
        setTop(controls);
        setCenter(viewer);
        sweep.points().addListener((ListChangeListener<SweepPoint>) c ->
                chart.show(sweep.metricProperty().get(), sweep.points(), sweep.scoredProperty().get()));
    }

    int pointCount() { return chart.pointCount(); }
}
