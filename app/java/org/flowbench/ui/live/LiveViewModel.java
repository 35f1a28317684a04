package org.flowbench.ui.live;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CaptureOptions;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.Counter;

/**
 * The Live panel: one collector or capture session at a time, each into its own dataset.
 * Starting and stopping run as background tasks (sockets, the store); while a session runs
 * the ticker samples its counters every second and turns them into rates for the chart.
 */
public final class LiveViewModel {
    public enum Phase { IDLE, STARTING, RUNNING, STOPPING }

    /** The longest chart window offered; points older than this are dropped. */
    public static final int MAX_WINDOW_MINUTES = 15;

    private final LiveServices services;
    private final TaskRunner runner;
    private final Ticker ticker;
    private final Consumer<Long> onStarted;
    private final Consumer<ImportReport> onEnded;
    private final CollectorSetupViewModel collector = new CollectorSetupViewModel();
    private final CaptureSetupViewModel capture;
    private final ObjectProperty<LiveMode> mode = new SimpleObjectProperty<>(LiveMode.COLLECTOR);
    private final StringProperty datasetName = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final ObjectProperty<LiveSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetStatus> status = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("Not running");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty rates = new SimpleStringProperty("");
    private final IntegerProperty windowMinutes = new SimpleIntegerProperty(5);
    private final ObservableList<Counter> counters = FXCollections.observableArrayList();
    private final ObservableList<ExporterCounters> exporters = FXCollections.observableArrayList();
    private final ObservableList<TrafficPoint> points = FXCollections.observableArrayList();
    private final LiveTraffic traffic = new LiveTraffic(Duration.ofMinutes(MAX_WINDOW_MINUTES));
    private final BooleanBinding canStart;
    private Instant startedAt;
    private Instant lastSampleAt;

    /**
     * @param onStarted called with the new dataset's id once a session runs (to list it)
     * @param onEnded   called with the report once a session's dataset is finished
     */
    public LiveViewModel(LiveServices services, TaskRunner runner, Ticker ticker,
                         Consumer<Long> onStarted, Consumer<ImportReport> onEnded) {
        this.services = services;
        this.runner = runner;
        this.ticker = ticker;
        this.onStarted = onStarted;
        this.onEnded = onEnded;
        this.capture = new CaptureSetupViewModel(services, runner);
        canStart = Bindings.createBooleanBinding(() -> phase.get() == Phase.IDLE
                        && (mode.get() == LiveMode.COLLECTOR ? collector.validProperty().get() : capture.readyProperty().get()),
                phase, mode, collector.validProperty(), capture.readyProperty());
        mode.addListener((obs, old, now) -> {
            if (now == LiveMode.CAPTURE) capture.loadOnce();
        });
        windowMinutes.addListener((obs, old, now) -> showPoints());
    }

    public void start() {
        if (!canStart.get()) return;
        error.set("");
        phase.set(Phase.STARTING);
        LiveMode m = mode.get();
        String name = datasetName.get();
        BackgroundTask<LiveSession> task;
        try {
            if (m == LiveMode.COLLECTOR) {
                CollectorSettings settings = collector.settings(name);
                task = BackgroundTask.of("Start collector", (p, c) -> services.startCollector(settings));
            } else {
                CaptureOptions options = capture.options(name);
                task = BackgroundTask.of("Start capture", (p, c) -> services.startCapture(options));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.set(e.getMessage());
            phase.set(Phase.IDLE);
            return;
        }
        headline.set(m == LiveMode.COLLECTOR ? "Starting the collector..." : "Starting the capture...");
        runner.run(task
                .onSuccess(this::started)
                .onFailure(e -> {
                    error.set(LiveErrors.describe(e));
                    headline.set("Not running");
                    phase.set(Phase.IDLE);
                }));
    }

    private void started(LiveSession s) {
        session.set(s);
        status.set(DatasetStatus.IMPORTING);
        startedAt = Instant.now();
        traffic.reset();
        points.clear();
        rates.set("");
        phase.set(Phase.RUNNING);
        tick();
        ticker.start(this::tick);
        onStarted.accept(s.datasetId());
    }

    /** Samples the session's counters; the ticker calls this every second while a session runs. */
    public void tick() {
        LiveSession s = session.get();
        if (s == null || phase.get() != Phase.RUNNING) return;
        LiveSample sample = s.sample();
        lastSampleAt = sample.at();
        counters.setAll(sample.counters());
        exporters.setAll(sample.exporters());
        if (traffic.add(sample)) showPoints();
        headline.set((mode.get() == LiveMode.COLLECTOR ? "Collecting on " : "Capturing on ") + s.source()
                + " into dataset " + s.datasetId() + " for " + Formats.duration(Duration.between(startedAt, sample.at())));
        if (!sample.running()) {
            error.set("The session stopped by itself: " + sample.failure());
            stop();
        }
    }

    private void showPoints() {
        if (lastSampleAt == null) return;
        points.setAll(traffic.within(Duration.ofMinutes(windowMinutes.get()), lastSampleAt));
        if (points.isEmpty()) {
            rates.set("");
        } else {
            TrafficPoint now = points.get(points.size() - 1);
            double peak = points.stream().mapToDouble(TrafficPoint::bitsPerSecond).max().orElse(0);
            // "now" is the last 3 s average (the label's tooltip says so): the longer wording was cut at 1280 px
            rates.set("now " + Formats.rate(now.bitsPerSecond()) + ", " + Formats.si(now.packetsPerSecond(), "pps")
                    + "; peak " + Formats.rate(peak));
        }
    }

    /** Stops the session: the rest of its data is stored and its dataset finished, off the FX thread. */
    public void stop() {
        LiveSession s = session.get();
        if (s == null || phase.get() != Phase.RUNNING) return;
        ticker.stop();
        phase.set(Phase.STOPPING);
        headline.set("Stopping: storing what is held...");
        runner.run(BackgroundTask.of("Stop live session", (p, c) -> s.stop())
                .onSuccess(report -> {
                    // the last counters, exact now that everything is decoded
                    LiveSample last = s.sample();
                    counters.setAll(last.counters());
                    exporters.setAll(last.exporters());
                    status.set(report.status());
                    headline.set("Stopped: " + Formats.count(report.rows()) + " rows stored in dataset " + report.datasetId()
                            + (report.message() == null || report.message().isBlank() ? "" : " (" + report.message() + ")"));
                    onEnded.accept(report);
                })
                .onFailure(e -> {
                    status.set(DatasetStatus.PARTIAL);
                    error.set("Stopping failed: " + e.getMessage());
                    headline.set("Stopped");
                })
                .onFinally(() -> {
                    session.set(null);
                    phase.set(Phase.IDLE);
                }));
    }

    /** The window is closing: no more ticks (the services stop the session itself). */
    public void close() {
        ticker.stop();
    }

    public CollectorSetupViewModel collector() { return collector; }

    public CaptureSetupViewModel capture() { return capture; }

    public ObjectProperty<LiveMode> modeProperty() { return mode; }

    /** The dataset's name; blank for the default (time of start). */
    public StringProperty datasetNameProperty() { return datasetName; }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase; }

    /** The running session, null when idle. */
    public ReadOnlyObjectProperty<LiveSession> sessionProperty() { return session; }

    /** The session's dataset status: importing while it runs, then complete or partial; null before the first. */
    public ReadOnlyObjectProperty<DatasetStatus> statusProperty() { return status; }

    public ReadOnlyStringProperty headlineProperty() { return headline; }

    /** Why the last start or stop failed, in words that say what to do; empty when nothing failed. */
    public ReadOnlyStringProperty errorProperty() { return error; }

    /** Current and peak rate of the chart's window; empty before the first two samples. */
    public ReadOnlyStringProperty ratesProperty() { return rates; }

    public IntegerProperty windowMinutesProperty() { return windowMinutes; }

    public BooleanBinding canStartProperty() { return canStart; }

    public ObservableList<Counter> counters() { return counters; }

    public ObservableList<ExporterCounters> exporters() { return exporters; }

    /** bps and pps per second of the last {@link #windowMinutesProperty()} minutes, oldest first. */
    public ObservableList<TrafficPoint> points() { return points; }
}
