package org.flowbench.ui.explore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
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
import org.flowbench.ui.MitigateRequest;
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

    /** Quick ranges, relative to the end of the datasets' span (post-mortem data has no "now"). */
    public enum Preset {
        WHOLE("Whole span", 0), LAST_5("Last 5 min", 5), LAST_15("Last 15 min", 15), LAST_60("Last 60 min", 60);

        private final String label;
        private final int minutes;

        Preset(String label, int minutes) { this.label = label; this.minutes = minutes; }

        @Override public String toString() { return label; }
    }

    private static final Pattern BARE_VALUE = Pattern.compile("[A-Za-z0-9_.:/-]+");

    private final ExploreServices services;
    private final TaskRunner runner;
    private final FilterEditorViewModel filter;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.SPAN);
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
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final BooleanProperty canGoForward = new SimpleBooleanProperty();
    private final RangeHistory history = new RangeHistory();
    private java.util.function.Consumer<MitigateRequest> mitigator = request -> { };
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
        range.addListener((obs, old, now) -> refresh());
        dimensions.addListener((ListChangeListener<FlowField>) c -> refresh());
    }

    /** The datasets to explore (the sidebar's selection); resets the range to their span. */
    public void show(List<DatasetInfo> selected) {
        List<DatasetInfo> now = selected.stream().filter(d -> d != null).toList();
        boolean sameSets = now.stream().map(DatasetInfo::id).toList().equals(ids());
        datasets.setAll(now);
        if (!sameSets) {
            history.clear();
            updateHistoryFlags();
            loadValueSource();
        }
        if (range.get().equals(TimeRange.SPAN)) refresh(); else range.set(TimeRange.SPAN);
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
            TimeRange r = range.get();
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
        pending = runner.run(BackgroundTask.of("Explore query", (progress, cancel) -> services.series(asked))
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
            if (from != null && to != null && from.isBefore(to)) goTo(new TimeRange(from, to));
        } finally {
            holdQueries = false;
        }
        refresh();
        if (!compiled) message.set("The requested filter does not compile: " + filter.errorProperty().get());
        return compiled;
    }

    // ---- time range

    public void preset(Preset p) {
        TimeRange next = rangeOf(p);
        if (next != null) goTo(next);
    }

    /** The preset whose range is the one shown, if any: a typed, zoomed or shifted range has none ("Custom"). */
    public Optional<Preset> presetShown() {
        for (Preset p : Preset.values()) {
            if (range.get().equals(rangeOf(p))) return Optional.of(p);
        }
        return Optional.empty();
    }

    private TimeRange rangeOf(Preset p) {
        if (p == Preset.WHOLE) return TimeRange.SPAN;
        Instant end = spanEnd();
        if (end == null) return null;
        Instant first = spanFirst();
        Instant from = end.minus(Duration.ofMinutes(p.minutes));
        return new TimeRange(first != null && from.isBefore(first) ? first : from, end);
    }

    /** A typed range; false (with the reason in {@link #messageProperty()}) when it does not read. */
    public boolean typedRange(String fromText, String toText) {
        try {
            Instant from = TimeRange.parse(fromText), to = TimeRange.parse(toText);
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("the range must start before it ends");
            }
            goTo(new TimeRange(from, to));
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** The chart was zoomed (dragged) to [from, to). Ignores ranges too short to hold a second. */
    public void zoomTo(Instant from, Instant to) {
        if (datasets.isEmpty() || Duration.between(from, to).getSeconds() < 1) return;
        Instant first = spanFirst(), end = spanEnd();
        if (first != null && from.isBefore(first)) from = first;
        if (end != null && to.isAfter(end)) to = end;
        if (!from.isBefore(to)) return;
        goTo(new TimeRange(from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                to.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(to.getNano() > 0 ? 1 : 0)));
    }

    private void goTo(TimeRange next) {
        if (next.equals(range.get())) return;
        history.leave(range.get());
        updateHistoryFlags();
        range.set(next);
    }

    public void back() {
        if (!history.canGoBack()) return;
        TimeRange previous = history.back(range.get());
        updateHistoryFlags();
        range.set(previous);
    }

    public void forward() {
        if (!history.canGoForward()) return;
        TimeRange next = history.forward(range.get());
        updateHistoryFlags();
        range.set(next);
    }

    private void updateHistoryFlags() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    public Instant spanFirst() {
        return datasets.stream().map(DatasetInfo::firstTs).filter(t -> t != null).min(Instant::compareTo).orElse(null);
    }

    /** One second after the start of the last stored second, as the queries count it. */
    public Instant spanEnd() {
        return datasets.stream().map(DatasetInfo::lastTs).filter(t -> t != null).max(Instant::compareTo)
                .map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1)).orElse(null);
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

    /** Where {@link #mitigate} sends its requests (the window opens Mitigate with them). */
    public void onMitigate(java.util.function.Consumer<MitigateRequest> handler) {
        mitigator = handler == null ? request -> { } : handler;
    }

    /**
     * The victim and range to mitigate for a row: its destination address (the split must hold
     * dst_addr) over the range shown. With a null row, the first series that names a destination.
     */
    public java.util.Optional<MitigateRequest> mitigationFor(SeriesRow row) {
        SeriesResult r = result.get();
        if (r == null) return java.util.Optional.empty();
        int dst = r.spec().dimensions().indexOf(FlowField.DST_ADDR);
        if (dst < 0) return java.util.Optional.empty();
        SeriesRow chosen = row;
        if (chosen == null) chosen = rows.stream().filter(x -> !x.other() && x.keys().size() > dst).findFirst().orElse(null);
        if (chosen == null || chosen.other() || chosen.keys().size() <= dst) return java.util.Optional.empty();
        TimeRange shown = range.get();
        Instant from = shown.from() != null ? shown.from() : r.grid().from();
        Instant to = shown.to() != null ? shown.to() : r.grid().to();
        return java.util.Optional.of(new MitigateRequest(chosen.keys().get(dst), from, to, "Explore " + chosen.label()
                + ", " + Formats.span(from, to)));
    }

    /** Asks Mitigate for rules against {@link #mitigationFor}'s victim; false (and why) when there is none. */
    public boolean mitigate(SeriesRow row) {
        java.util.Optional<MitigateRequest> request = mitigationFor(row);
        if (request.isEmpty()) {
            message.set(result.get() == null ? "Nothing shown to mitigate yet"
                    : "Split by dst_addr to pick a victim to mitigate");
            return false;
        }
        mitigator.accept(request.get());
        return true;
    }

    /** Shows or hides a series in the chart (the legend's click). */
    public void toggleSeries(String label) {
        if (!hidden.remove(label)) hidden.add(label);
    }

    /** The table as CSV: one line per series, numbers unformatted, in the metric's units. */
    public String tableCsv() {
        Metric m = metric.get();
        StringBuilder out = new StringBuilder("series,min_" + unitName(m.unit()) + ",average_" + unitName(m.unit())
                + ",max_" + unitName(m.unit()) + ",p95_" + unitName(m.unit()) + ",total_" + unitName(m.totalUnit()) + "\n");
        for (SeriesRow row : rows) {
            out.append(csvField(row.label())).append(',').append(number(row.stats().min())).append(',')
                    .append(number(row.stats().average())).append(',').append(number(row.stats().max())).append(',')
                    .append(number(row.stats().p95())).append(',').append(number(row.stats().total())).append('\n');
        }
        return out.toString();
    }

    private static String unitName(String unit) {
        return unit.replace("/", "_per_").replace(' ', '_');
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---- properties

    public FilterEditorViewModel filter() { return filter; }

    public ObservableList<DatasetInfo> datasets() { return datasets; }

    public ReadOnlyObjectProperty<TimeRange> rangeProperty() { return range; }

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

    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack; }

    public ReadOnlyBooleanProperty canGoForwardProperty() { return canGoForward; }

    /** Queries started so far (tests check that an invalid filter starts none). */
    public int queriesStarted() { return queries; }
}
