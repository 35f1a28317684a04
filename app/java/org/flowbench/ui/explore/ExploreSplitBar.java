package org.flowbench.ui.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.flowbench.query.Metric;
import org.flowbench.schema.FlowField;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.ExploreViewModel.ChartType;

/** Explore's split row: the dimensions to split by, metric, top N, chart type, step, the overlay and the summary. */
final class ExploreSplitBar extends HBox {
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1));

    ExploreSplitBar(ExploreViewModel model) {
        super(6);
        MenuButton dims = dimensions(model);
        ComboBox<Metric> metric = new ComboBox<>();
        metric.setId("explore-metric");
        metric.getItems().setAll(Metric.values());
        metric.setConverter(converter(m -> m.shortName()));
        metric.valueProperty().bindBidirectional(model.metricProperty());
        Spinner<Integer> top = new Spinner<>(1, 50, model.topNProperty().get());
        top.setId("explore-top");
        top.setPrefWidth(70);
        top.setMinWidth(Region.USE_PREF_SIZE);
        top.valueProperty().addListener((obs, old, now) -> model.topNProperty().set(now));
        ComboBox<ChartType> type = new ComboBox<>();
        type.setId("explore-chart-type");
        type.getItems().setAll(ChartType.values());
        type.valueProperty().bindBidirectional(model.chartTypeProperty());
        ComboBox<String> step = new ComboBox<>();
        step.setId("explore-step");
        step.getItems().add("auto");
        STEPS.forEach(d -> step.getItems().add(Formats.duration(d)));
        step.setValue("auto");
        step.setOnAction(e -> {
            int i = step.getSelectionModel().getSelectedIndex();
            model.stepProperty().set(i <= 0 ? null : STEPS.get(i - 1));
        });
        CheckBox compare = FixedWidth.of(new CheckBox("vs previous"));
        compare.setTooltip(new Tooltip("Overlay the same range one period earlier"));
        compare.setId("explore-compare");
        compare.selectedProperty().bindBidirectional(model.comparePreviousProperty());
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(model.summaryProperty());
        summary.setTooltip(summaryTip);
        HBox.setHgrow(summary, Priority.ALWAYS);
        metric.setPrefWidth(110);
        type.setPrefWidth(160); // "Stacked area" whole beside the arrow
        step.setPrefWidth(80);
        FixedWidth.of(metric);
        FixedWidth.of(type);
        FixedWidth.of(step);
        metric.setTooltip(new Tooltip("Metric"));
        type.setTooltip(new Tooltip("Chart type"));
        step.setTooltip(new Tooltip("Step (granularity)"));
        getChildren().addAll(FixedWidth.of(new Label("Split by")), dims, metric, FixedWidth.of(new Label("top")), top, type,
                step, compare, summary);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** A menu of every dimension with the split's ticked, named after the split ("no split" when empty). */
    private static MenuButton dimensions(ExploreViewModel model) {
        MenuButton dims = new MenuButton();
        dims.setId("explore-dimensions");
        dims.setMinWidth(Region.USE_PREF_SIZE);
        for (FlowField f : FlowField.dimensions()) {
            CheckMenuItem item = new CheckMenuItem(f.displayName() + " (" + f.column() + ")");
            item.setSelected(model.dimensions().contains(f));
            item.setOnAction(e -> {
                List<FlowField> now = new ArrayList<>(model.dimensions());
                if (item.isSelected()) now.add(f); else now.remove(f);
                model.dimensions().setAll(now);
            });
            dims.getItems().add(item);
        }
        Runnable dimsText = () -> dims.setText(model.dimensions().isEmpty() ? "no split"
                : String.join(" + ", model.dimensions().stream().map(FlowField::column).toList()));
        model.dimensions().addListener((ListChangeListener<FlowField>) c -> dimsText.run());
        dimsText.run();
        return dims;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }
}
