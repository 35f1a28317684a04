package org.flowbench.ui.detect;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.flowbench.detect.SweepPoint;
import org.jfree.chart.fx.ChartViewer;

/**
 * Sweep controls (metric, FROM:TO:STEP, optionally a second metric and range for a grid) and the
 * outcome: a chart per value for one axis, a heat map with the best point for a grid.
 */
final class SweepPane extends BorderPane {
    private final SweepChart chart = new SweepChart();
    private final SweepHeatMap heatMap = new SweepHeatMap();

    SweepPane(DetectViewModel model) {
        SweepViewModel sweep = model.sweeper();
        ComboBox<String> metric = new ComboBox<>(sweep.metrics());
        metric.setId("sweep-metric");
        metric.valueProperty().bindBidirectional(sweep.metricProperty());
        TextField range = rangeField("sweep-range", "FROM:TO:STEP, e.g. 10k:100k:10k");
        range.textProperty().bindBidirectional(sweep.rangeProperty());
        ObservableList<String> seconds = FXCollections.observableArrayList("");
        seconds.addAll(sweep.metrics());
        ComboBox<String> metric2 = new ComboBox<>(seconds);
        metric2.setId("sweep-metric2");
        metric2.setPromptText("none");
        metric2.valueProperty().bindBidirectional(sweep.metric2Property());
        TextField range2 = rangeField("sweep-range2", "FROM:TO:STEP");
        range2.textProperty().bindBidirectional(sweep.range2Property());
        range2.disableProperty().bind(sweep.metric2Property().isEmpty());
        Button run = new Button("Sweep");
        run.setId("sweep-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(sweep.runningProperty());
        run.setOnAction(e -> model.sweep());
        range.setOnAction(e -> model.sweep());
        range2.setOnAction(e -> model.sweep());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(sweep.runningProperty());
        cancel.setOnAction(e -> sweep.cancel());
        Label summary = new Label();
        summary.setId("sweep-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(sweep.summaryProperty());
        HBox first = new HBox(8, new Label("Threshold"), metric, new Label("range"), range, run, cancel);
        HBox second = new HBox(8, new Label("grid with"), metric2, new Label("range"), range2);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(6, first, second, summary);
        controls.setPadding(new Insets(8, 10, 8, 10));
        ChartViewer viewer = new ChartViewer(chart.chart(), true);
        viewer.setId("sweep-chart");
        ScrollPane grid = new ScrollPane(heatMap);
        setTop(controls);
        setCenter(viewer);
        sweep.points().addListener((ListChangeListener<SweepPoint>) c -> {
            SweepGrid g = sweep.gridProperty().get();
            heatMap.show(g);
            if (g == null) {
                chart.show(sweep.metricProperty().get(), sweep.points(), sweep.scoredProperty().get());
                setCenter(viewer);
            } else {
                setCenter(grid);
            }
        });
    }

    private static TextField rangeField(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(16);
        return f;
    }

    /** Points drawn: on the chart after a one-axis sweep, cells of the heat map after a grid. */
    int pointCount() { return getCenter() instanceof ScrollPane ? heatMap.cells() : chart.pointCount(); }
}
