package org.flowbench.ui.explore;

import java.util.Set;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.flowbench.query.SeriesResult;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.explore.filter.FilterEditor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * Shows {@link ExploreViewModel}: the filter editor, range and split controls, the chart and the
 * per-series table below it. Exports run as background tasks.
 */
public final class ExploreView extends BorderPane {
    private final ExploreViewModel model;
    private final ObservableBooleanValue darkTheme;
    private final ChartViewer viewer = new ChartViewer(ExploreChart.empty(false), true);
    private final FilterEditor filterEditor;
    private final SeriesTable table;
    private JFreeChart chart;
    private int redraws;
    private Runnable markIncident = () -> { };

    public ExploreView(ExploreViewModel model, ObservableBooleanValue darkTheme, TaskRunner runner) {
        this.model = model;
        this.darkTheme = darkTheme;
        setId("explore-view");
        getStyleClass().add("explore-view");
        table = new SeriesTable(model, darkTheme);
        filterEditor = new FilterEditor(model.filter());
        // Export sits beside the filter, whose field gives way: the range row is full at 1280 px
        HBox.setHgrow(filterEditor, Priority.ALWAYS);
        HBox filterRow = new HBox(6, filterEditor, new ExploreExportMenu(model, runner, () -> chart, viewer));
        filterRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, filterRow,
                new ExploreRangeBar(model, () -> table.getSelectionModel().getSelectedItem(), () -> markIncident.run()),
                new ExploreSplitBar(model));
        top.setId("explore-toolbar");
        top.setPadding(new Insets(8, 10, 4, 10));
        setTop(top);

        viewer.setId("explore-chart");
        Tooltip.install(viewer, new Tooltip("Drag to the right to zoom into a time range"));
        Label message = new Label();
        message.setId("explore-message");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        viewer.addChartMouseListener(new LegendToggle());

        SplitPane split = new SplitPane(new StackPane(viewer, message), table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        setCenter(split);

        model.resultProperty().addListener((obs, old, now) -> redraw());
        model.chartTypeProperty().addListener((obs, old, now) -> redraw());
        model.hidden().addListener((SetChangeListener<String>) c -> redraw());
        darkTheme.addListener((obs, old, now) -> redraw());
        redraw();
    }

    public FilterEditor filterEditor() { return filterEditor; }

    /** What "Mark incident..." does (the window opens its dialog). */
    public void onMarkIncident(Runnable action) { markIncident = action == null ? () -> { } : action; }

    /** How often the chart was rebuilt (tests wait on it). */
    public int redraws() { return redraws; }

    public JFreeChart chart() { return chart; }

    private void redraw() {
        SeriesResult r = model.resultProperty().get();
        redraws++;
        if (r == null) {
            chart = null;
            viewer.setChart(ExploreChart.empty(darkTheme.get()));
            return;
        }
        chart = ExploreChart.build(r, model.chartTypeProperty().get(), Set.copyOf(model.hidden()), darkTheme.get(),
                model.range()::zoomTo);
        viewer.setChart(chart);
        table.refresh();
    }

    private final class LegendToggle implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (event.getEntity() instanceof LegendItemEntity item && item.getSeriesKey() != null) {
                model.toggleSeries(item.getSeriesKey().toString());
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) { }
    }
}
