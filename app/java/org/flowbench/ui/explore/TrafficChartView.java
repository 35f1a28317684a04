package org.flowbench.ui.explore;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.flowbench.query.TrafficPoint;
import org.flowbench.ui.common.TrafficChart;
import org.jfree.chart.fx.ChartViewer;

/** Shows {@link TrafficChartViewModel}: a header, the chart, a placeholder while empty. */
public final class TrafficChartView extends BorderPane {
    private final TrafficChart chart = new TrafficChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart(), true);

    public TrafficChartView(TrafficChartViewModel model, ObservableBooleanValue darkTheme) {
        getStyleClass().add("traffic-chart-view");
        viewer.setId("traffic-chart");

        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(model.titleProperty());
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, summary, gap, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 4, 12));

        Label placeholder = new Label();
        placeholder.setId("chart-placeholder");
        placeholder.getStyleClass().add("text-muted");
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
        viewer.visibleProperty().bind(model.placeholderProperty().isEmpty());

        setTop(header);
        setCenter(new StackPane(viewer, placeholder));

        model.points().addListener((ListChangeListener<TrafficPoint>) change -> chart.setPoints(model.points()));
        chart.setPoints(model.points());
        chart.applyTheme(darkTheme.get());
        darkTheme.addListener((obs, old, dark) -> chart.applyTheme(dark));
    }

    /** Points the chart currently draws (tests and the screenshot hook read this). */
    public int pointCount() { return chart.pointCount(); }
}
