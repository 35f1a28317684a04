package org.flowbench.ui.explore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.flowbench.filter.FilterPrinter;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.filter.FilterEditorViewModel;

/**
 * The Explore view's state: datasets, time range (with back/forward), filter, split, metric, top
 * N, step and overlay; the latest answer and its table. Any change of an input queries again
 * through the task runner, and a newer query cancels (and ignores) the one still running.
 */
public final class ExploreViewModel {
    public enum ChartType {
        STACKED_AREA("Stacked area"), LINES("Lines"), PERCENT("100% stacked"), BARS("Top-N bars");

        private final String label;

        ChartType(String label) { this.label = label; }

        @Override public String toString() { return label; }
    }

    private static final Pattern BARE_VALUE = Pattern.compile("[A-Za-z0-9_.:/-]+");

    private final ExploreServices services;
    private final TaskRunner runner;
    private final FilterEditorViewModel filter;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObservableList<FlowField> dimensions = FXCollections.observableArrayList(FlowField.DST_ADDR);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.BPS);
    private final IntegerProperty topN = new SimpleIntegerProperty(QuerySpec.DEFAULT_TOP);
    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>(ChartType.STACKED_AREA);
    private final ObjectProperty<Duration> step = new SimpleObjectProperty<>();
    private final BooleanProperty comparePrevious = new SimpleBooleanProperty();
    private final ObjectProperty<SeriesResult> result = new SimpleObjectProperty<>();
    private final ObservableList<SeriesRow> rows = FXCollections.observableArrayList();
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("Select a dataset");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ExploreRangeNavigator range = new ExploreRangeNavigator(datasets, message::set);
    private final ExploreMitigation mitigation = new ExploreMitigation(result, rows, range.rangeProperty(), message::set);
    private TaskHandle pending;
    /** While true, input changes do not query: {@link #open} changes filter and range, then queries once. */
    private boolean holdQueries;
    private long generation;
    private int queries;

    public ExploreViewModel(ExploreServices services, TaskRunner runner, FilterEditorViewModel filter) {
        this.services = services;
        this.runner = runner;
        this.filter = filter;
        filter.applied().addListener((obs, old, now) -> refresh());
        metric.addListener((obs, old, now) -> refresh());
        topN.addListener((obs, old, now) -> refresh());
        step.addListener((obs, old, now) -> refresh());
        comparePrevious.addListener((obs, old, now) -> refresh());
        range.rangeProperty().addListener((obs, old, now) -> refresh());
        dimensions.addListener((ListChangeListener<FlowField>) c -> refresh());
    }

    /** The datasets to explore (the sidebar's selection); resets the range to their span. */
    public void show(List<DatasetInfo> selected) {
        List<DatasetInfo> now = selected.stream().filter(d -> d != null).toList();
        boolean sameSets = now.stream().map(DatasetInfo::id).toList().equals(ids());
        datasets.setAll(now);
        if (!sameSets) {
            range.forgetHistory();
            loadValueSource();
        }
        if (!range.resetToSpan()) refresh();
    }

    private List<Long> ids() {
        return datasets.stream().map(DatasetInfo::id).toList();
    }

    private void loadValueSource() {
        List<Long> ids = ids();
        filter.setValueSource(null);
        if (ids.isEmpty()) return;
        runner.run(BackgroundTask.of("Load filter values", (progress, cancel) -> services.values(ids))
                .onSuccess(source -> {
                    if (ids.equals(ids())) filter.setValueSource(source);
                }));
    }

    /** Queries again with the current inputs. */
    public void refresh() {
        if (holdQueries) return;
        if (pending != null) pending.cancel();
        long mine = ++generation;
        if (datasets.isEmpty()) {
            result.set(null);
            rows.clear();
            summary.set("");
            message.set("Select a dataset");
            loading.set(false);
            return;
        }
        QuerySpec spec;
        try {
            TimeRange r = range.rangeProperty().get();
            spec = QuerySpec.builder().datasets(ids()).range(r.from(), r.to()).filter(filter.applied().get().sql())
                    .by(List.copyOf(dimensions)).metric(metric.get()).top(topN.get()).step(step.get()).build();
            if (comparePrevious.get()) spec = spec.toBuilder().comparePrevious().build();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        QuerySpec asked = spec;
        queries++;
        loading.set(true);
        if (result.get() == null) message.set("Loading...");
        pending = runner.run(BackgroundTask.of("Explore query", (progress, cancel) -> services.series(asked, cancel))
                .onSuccess(answer -> {
                    if (mine == generation) showResult(answer);
                })
                .onFailure(error -> {
                    if (mine == generation) message.set("The query failed: " + error.getMessage());
                })
                .onFinally(() -> {
                    if (mine == generation) loading.set(false);
                }));
    }

    private void showResult(SeriesResult answer) {
        List<SeriesRow> table = new ArrayList<>();
        for (int i = 0; i < answer.series().size(); i++) table.add(SeriesRow.of(i, answer.series().get(i)));
        rows.setAll(table);
        result.set(answer);
        message.set(answer.series().isEmpty() ? "No traffic matches in this range" : "");
        // the range itself is in the from/to fields above
        summary.set(answer.series().isEmpty() ? "" : "step " + Formats.duration(answer.grid().step()) + ", " + answer.grid().buckets() + " pts"
                + (answer.fromRollups() ? " (rollups)" : ""));
    }

    /**
     * Shows what another work area asks for (an alert's traffic): the filter text replaces the
     * current one and the range [from, to) becomes current, the range before it kept for Back;
     * then one query runs. False, with the filter's error shown, when the text does not compile
     * (the range still applies).
     */
    public boolean open(String filterText, Instant from, Instant to) {
        holdQueries = true;
        boolean compiled;
        try {
            filter.textProperty().set(filterText == null ? "" : filterText);
            compiled = filter.apply();
            if (from != null && to != null && from.isBefore(to)) range.goTo(new TimeRange(from, to));
        } finally {
            holdQueries = false;
        }
        refresh();
        if (!compiled) message.set("The requested filter does not compile: " + filter.errorProperty().get());
        return compiled;
    }

    // ---- table and legend

    /** Adds "dimension = value" for each key of the row to the filter (with AND) and applies it. */
    public boolean addToFilter(SeriesRow row) {
        SeriesResult r = result.get();
        if (r == null || row.other() || row.keys().isEmpty()) return false;
        List<FlowField> dims = r.spec().dimensions();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < dims.size() && i < row.keys().size(); i++) {
            String v = row.keys().get(i);
            terms.add(dims.get(i).column() + " = " + (BARE_VALUE.matcher(v).matches() ? v : FilterPrinter.quote(v)));
        }
        return filter.addTerm(String.join(" AND ", terms));
    }

    /** Shows or hides a series in the chart (the legend's click). */
    public void toggleSeries(String label) {
        if (!hidden.remove(label)) hidden.add(label);
    }

    /** The table as CSV: one line per series, numbers unformatted, in the metric's units. */
    public String tableCsv() {
        return SeriesTableCsv.of(metric.get(), rows);
    }

    // ---- properties

    public FilterEditorViewModel filter() { return filter; }

    public ObservableList<DatasetInfo> datasets() { return datasets; }

    /** The time range shown, and its presets, zoom and back/forward. */
    public ExploreRangeNavigator range() { return range; }

    /** Hands a victim shown here to Mitigate. */
    public ExploreMitigation mitigation() { return mitigation; }

    public ObservableList<FlowField> dimensions() { return dimensions; }

    public ObjectProperty<Metric> metricProperty() { return metric; }

    public IntegerProperty topNProperty() { return topN; }

    public ObjectProperty<ChartType> chartTypeProperty() { return chartType; }

    /** Null for automatic. */
    public ObjectProperty<Duration> stepProperty() { return step; }

    public BooleanProperty comparePreviousProperty() { return comparePrevious; }

    public ReadOnlyObjectProperty<SeriesResult> resultProperty() { return result; }

    public ObservableList<SeriesRow> rows() { return rows; }

    public ObservableSet<String> hidden() { return hidden; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    /** Shown instead of (or over) the chart: why there is nothing, or what went wrong; empty when fine. */
    public ReadOnlyStringProperty messageProperty() { return message; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    /** Queries started so far (tests check that an invalid filter starts none). */
    public int queriesStarted() { return queries; }
}
