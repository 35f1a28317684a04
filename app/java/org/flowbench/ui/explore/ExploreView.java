package org.flowbench.ui.explore;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.SeriesStats;
import org.flowbench.schema.FlowField;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.ExploreViewModel.ChartType;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.explore.ExploreRangeNavigator.Preset;
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
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1));

    private final ExploreViewModel model;
    private final ObservableBooleanValue darkTheme;
    private final TaskRunner runner;
    private final ChartViewer viewer = new ChartViewer(ExploreChart.empty(false), true);
    private final FilterEditor filterEditor;
    private final TableView<SeriesRow> table = new TableView<>();
    private JFreeChart chart;
    private int redraws;
    private Runnable markIncident = () -> { };

    public ExploreView(ExploreViewModel model, ObservableBooleanValue darkTheme, TaskRunner runner) {
        this.model = model;
        this.darkTheme = darkTheme;
        this.runner = runner;
        setId("explore-view");
        getStyleClass().add("explore-view");
        filterEditor = new FilterEditor(model.filter());
        // Export sits beside the filter, whose field gives way: the range row is full at 1280 px
        HBox.setHgrow(filterEditor, Priority.ALWAYS);
        HBox filterRow = new HBox(6, filterEditor, exportMenu());
        filterRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, filterRow, rangeBar(), splitBar());
        top.setId("explore-toolbar");
        top.setPadding(new Insets(8, 10, 4, 10));
        setTop(top);

        viewer.setId("explore-chart");
        Label message = new Label();
        message.setId("explore-message");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        viewer.addChartMouseListener(new LegendToggle());

        buildTable();
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

    private static final String CUSTOM_RANGE = "Custom";

    private HBox rangeBar() {
        ComboBox<Preset> presets = new ComboBox<>();
        presets.setId("explore-preset");
        presets.getItems().setAll(Preset.values());
        presets.setPromptText(CUSTOM_RANGE);
        presets.setTooltip(new Tooltip("Quick ranges; \"" + CUSTOM_RANGE + "\" when the range was typed, zoomed or shifted"));
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? CUSTOM_RANGE : item.toString());
            }
        });
        boolean[] following = {false};
        presets.setOnAction(e -> {
            if (!following[0] && presets.getValue() != null) model.range().preset(presets.getValue());
        });
        // the chooser names the range shown, whoever set it; setting it here must not go there again
        Runnable showPreset = () -> {
            following[0] = true;
            presets.setValue(model.range().presetShown().orElse(null));
            following[0] = false;
        };
        model.range().rangeProperty().addListener((obs, old, now) -> showPreset.run());
        model.datasets().addListener((ListChangeListener<DatasetInfo>) c -> showPreset.run());
        showPreset.run();
        TextField from = new TextField();
        TextField to = new TextField();
        from.setId("explore-from");
        to.setId("explore-to");
        from.setPrefColumnCount(12);
        to.setPrefColumnCount(12);
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        from.setPromptText("from (" + Formats.zoneLabel() + ")");
        to.setPromptText("to (" + Formats.zoneLabel() + ")");
        Runnable showRange = () -> {
            SeriesResult r = model.resultProperty().get();
            TimeRange range = model.range().rangeProperty().get();
            from.setText(TimeRange.format(range.from() != null ? range.from() : r != null ? r.grid().from() : null));
            to.setText(TimeRange.format(range.to() != null ? range.to() : r != null ? r.grid().to() : null));
        };
        model.range().rangeProperty().addListener((obs, old, now) -> showRange.run());
        model.resultProperty().addListener((obs, old, now) -> showRange.run());
        Button go = fixed(new Button("Go"));
        go.setOnAction(e -> model.range().typedRange(from.getText(), to.getText()));
        from.setOnAction(go.getOnAction());
        to.setOnAction(go.getOnAction());
        Button back = new Button("\u2190");
        back.setId("explore-back");
        back.setTooltip(new Tooltip("Previous range"));
        back.disableProperty().bind(model.range().canGoBackProperty().not());
        back.setOnAction(e -> model.range().back());
        Button forward = new Button("\u2192");
        forward.setId("explore-forward");
        forward.setTooltip(new Tooltip("Next range"));
        forward.disableProperty().bind(model.range().canGoForwardProperty().not());
        forward.setOnAction(e -> model.range().forward());
        Tooltip.install(viewer, new Tooltip("Drag to the right to zoom into a time range"));
        presets.setPrefWidth(130);
        fixed(presets);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("explore-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty()); // the gap before it takes its place
        Button mitigate = fixed(new Button("Mitigate..."));
        mitigate.setId("explore-mitigate");
        mitigate.setTooltip(new Tooltip("Generate Flowspec rules for the selected (or top) destination over this range"));
        mitigate.setOnAction(e -> model.mitigation().mitigate(table.getSelectionModel().getSelectedItem()));
        Button mark = fixed(new Button("Mark incident..."));
        mark.setId("explore-mark-incident");
        mark.setTooltip(new Tooltip("Label this range and filter as an attack or benign traffic for Detect's score"));
        mark.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.datasets()));
        mark.setOnAction(e -> markIncident.run());
        HBox bar = new HBox(6, back, forward, presets, from, fixed(new Label("to")), to, go, gap, busy, mark, mitigate);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox splitBar() {
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
        CheckBox compare = fixed(new CheckBox("vs previous"));
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
        fixed(metric);
        fixed(type);
        fixed(step);
        metric.setTooltip(new Tooltip("Metric"));
        type.setTooltip(new Tooltip("Chart type"));
        step.setTooltip(new Tooltip("Step (granularity)"));
        HBox bar = new HBox(6, fixed(new Label("Split by")), dims, metric, fixed(new Label("top")), top, type, step,
                compare, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        MenuItem csv = new MenuItem("Table as CSV...");
        csv.setOnAction(e -> exportCsv());
        MenuItem png = new MenuItem("Chart as PNG...");
        png.setOnAction(e -> exportChart("png"));
        MenuItem svg = new MenuItem("Chart as SVG...");
        svg.setOnAction(e -> exportChart("svg"));
        export.getItems().addAll(csv, png, svg);
        return export;
    }

    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override public T fromString(String s) { return null; }
        };
    }

    private void buildTable() {
        table.setId("explore-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No series"));
        TableColumn<SeriesRow, SeriesRow> name = new TableColumn<>("Series");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new SeriesNameCell());
        name.setPrefWidth(260);
        table.getColumns().add(name);
        table.getColumns().add(number("Min", SeriesStats::min, false));
        table.getColumns().add(number("Average", SeriesStats::average, false));
        table.getColumns().add(number("Max", SeriesStats::max, false));
        table.getColumns().add(number("95th pct", SeriesStats::p95, false));
        table.getColumns().add(number("Total", SeriesStats::total, true));
        table.setRowFactory(t -> {
            TableRow<SeriesRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 1 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    model.addToFilter(row.getItem());
                }
            });
            row.setTooltip(new Tooltip("Click to add this series to the filter"));
            MenuItem mitigate = new MenuItem("Mitigate...");
            mitigate.setOnAction(e -> model.mitigation().mitigate(row.getItem()));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(new javafx.scene.control.ContextMenu(mitigate)));
            return row;
        });
    }

    private TableColumn<SeriesRow, String> number(String title, Function<SeriesStats, Double> value, boolean total) {
        TableColumn<SeriesRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> {
            Metric m = model.metricProperty().get();
            return new ReadOnlyObjectWrapper<>(Formats.si(value.apply(c.getValue().stats()),
                    total ? m.totalUnit() : m.unit()));
        });
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    private final class SeriesNameCell extends TableCell<SeriesRow, SeriesRow> {
        @Override
        protected void updateItem(SeriesRow row, boolean empty) {
            super.updateItem(row, empty);
            SeriesResult r = model.resultProperty().get();
            if (empty || row == null || r == null || row.index() >= r.series().size()) {
                setText(null);
                setGraphic(null);
                return;
            }
            java.awt.Color c = ExploreChart.colour(r.series().get(row.index()), row.index(), darkTheme.get());
            Rectangle swatch = new Rectangle(10, 10, Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            setGraphic(swatch);
            setText(row.label());
        }
    }

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

    private File choose(String title, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return chooser.showSaveDialog(getScene().getWindow());
    }

    private void exportCsv() {
        File file = choose("Export table", "explore.csv", "csv");
        if (file == null) return;
        String csv = model.tableCsv();
        runner.run(BackgroundTask.of("Export CSV", (progress, cancel) -> Files.writeString(file.toPath(), csv,
                StandardCharsets.UTF_8)));
    }

    private void exportChart(String extension) {
        JFreeChart current = chart;
        if (current == null) return;
        File file = choose("Export chart", "explore." + extension, extension);
        if (file == null) return;
        int width = (int) Math.max(800, viewer.getWidth() * 2), height = (int) Math.max(450, viewer.getHeight() * 2);
        runner.run(BackgroundTask.of("Export " + extension.toUpperCase(java.util.Locale.ROOT), (progress, cancel) -> {
            org.flowbench.ui.common.ChartExport.write(current, file.toPath(), width, height);
            return file;
        }));
    }
}
