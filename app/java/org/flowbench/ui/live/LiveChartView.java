package org.flowbench.ui.live;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.flowbench.query.TrafficPoint;
import org.flowbench.ui.common.TrafficChart;
import org.jfree.chart.fx.ChartViewer;

/** The received traffic, per second, over the last minutes; redrawn once per tick. */
final class LiveChartView extends BorderPane {
    private final TrafficChart chart = new TrafficChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart(), false);

    LiveChartView(LiveViewModel model, ObservableBooleanValue darkTheme) {
        getStyleClass().add("live-chart-view");
        viewer.setId("live-chart");
        Label title = new Label("Traffic received");
        title.getStyleClass().add("title-4");
        title.setMinWidth(USE_PREF_SIZE);
        Label rates = new Label();
        rates.setId("live-rates");
        rates.getStyleClass().add("text-muted");
        rates.setMinWidth(0);
        rates.setTooltip(new Tooltip("Now: the average of the last 3 seconds. Peak: the highest second in the chart's window."));
        rates.textProperty().bind(model.ratesProperty());
        ChoiceBox<Integer> window = new ChoiceBox<>();
        window.setId("live-window");
        window.setPrefWidth(130);
        window.setMinWidth(USE_PREF_SIZE);
        window.getItems().addAll(1, 5, LiveViewModel.MAX_WINDOW_MINUTES);
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) { return minutes == null ? "" : "last " + minutes + " min"; }

            @Override
            public Integer fromString(String text) { return null; }
        });
        window.setValue(model.windowMinutesProperty().get());
        window.valueProperty().addListener((obs, old, now) -> {
            if (now != null) model.windowMinutesProperty().set(now);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, rates, gap, window);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 4, 12));

        Label placeholder = new Label("The chart starts with the session: one point per second");
        placeholder.setId("live-chart-placeholder");
        placeholder.getStyleClass().add("text-muted");
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.points()));
        viewer.visibleProperty().bind(placeholder.visibleProperty().not());

        setTop(header);
        setCenter(new StackPane(viewer, placeholder));
        model.points().addListener((ListChangeListener<TrafficPoint>) change -> redraw(model));
        chart.applyTheme(darkTheme.get());
        darkTheme.addListener((obs, old, dark) -> chart.applyTheme(dark));
    }

    /** One redraw per tick: each series would otherwise redraw the whole chart on the FX thread. */
    private void redraw(LiveViewModel model) {
        chart.chart().setNotify(false);
        chart.setPoints(model.points());
        chart.chart().setNotify(true);
    }

    int pointCount() { return chart.pointCount(); }
}
