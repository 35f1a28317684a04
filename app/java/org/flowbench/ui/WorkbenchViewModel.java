package org.flowbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.datasets.DatasetListViewModel;
import org.flowbench.ui.detect.DetectViewModel;
import org.flowbench.filter.SavedFilters;
import org.flowbench.ui.explore.ExploreViewModel;
import org.flowbench.ui.explore.IncidentsViewModel;
import org.flowbench.ui.explore.ImportReportViewModel;
import org.flowbench.ui.explore.filter.FilterEditorViewModel;
import org.flowbench.ui.explore.TrafficChartViewModel;
import org.flowbench.ui.imports.ImportViewModel;
import org.flowbench.ui.imports.SampleFinder;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.live.LiveViewModel;
import org.flowbench.ui.live.Ticker;
import org.flowbench.ui.mitigate.MitigateViewModel;
import org.flowbench.ui.report.ReportViewModel;

/**
 * The first window's state: wires the parts together (selection drives chart and report, an
 * ended import refreshes the list) and decides what to open at start-up.
 */
public final class WorkbenchViewModel {
    private final WorkbenchServices services;
    private final TaskRunner runner;
    private final StatusBarViewModel statusBar;
    private final DatasetListViewModel datasets;
    private final TrafficChartViewModel chart;
    private final ExploreViewModel explore;
    private final IncidentsViewModel incidents;
    private final ImportReportViewModel report;
    private final ImportViewModel imports;
    private final LiveViewModel live;
    private final ObjectProperty<WorkArea> workArea = new SimpleObjectProperty<>(WorkArea.EXPLORE);
    private final MitigateViewModel mitigate;
    private final DetectViewModel detect;
    private final ReportViewModel reportArea;
    /** Set by a work area (Detect's alert table) to ask Explore to show some traffic; Explore reads it. */
    private final ObjectProperty<ExploreRequest> exploreRequest = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("Flowbench");
    /** Dataset to select after the next list refresh: the one an import just created. */
    private long selectAfterImport = -1;

    /** @param ticker refreshes the Live panel every second while a session runs */
    public WorkbenchViewModel(WorkbenchServices services, TaskRunner runner, Ticker ticker) {
        this.services = services;
        this.runner = runner;
        statusBar = new StatusBarViewModel(runner);
        datasets = new DatasetListViewModel(services, runner, statusBar::show);
        chart = new TrafficChartViewModel(services, runner);
        report = new ImportReportViewModel(services, runner);
        mitigate = new MitigateViewModel(services.mitigation(), runner, services::ruleSets);
        explore = new ExploreViewModel(services.explore(), runner,
                new FilterEditorViewModel(runner, SavedFilters.inUserHome()));
        incidents = new IncidentsViewModel(services.incidents(), runner);
        imports = new ImportViewModel(services, statusBar, this::imported, this::importEnded);
        live = new LiveViewModel(services.live(), runner, ticker, this::liveStarted, this::liveEnded);
        detect = new DetectViewModel(services, runner, statusBar, datasets.selectedProperty(), this::openExplore,
                this::openMitigate);
        explore.mitigation().onMitigate(this::openMitigate);
        reportArea = new ReportViewModel(services.report(), runner, datasets.datasets(), datasets.selectedProperty());
        reportArea.activeProperty().bind(workArea.isEqualTo(WorkArea.REPORT));
        reportArea.follow(explore.range().rangeProperty());
        datasets.selectedProperty().addListener((obs, old, now) -> selectionChanged(now));
        datasets.selection().addListener((javafx.collections.ListChangeListener<DatasetInfo>) c -> explore.show(exploreDatasets()));
        exploreRequest.addListener((obs, old, now) -> {
            if (now != null) showInExplore(now);
        });
        title.set("Flowbench - " + services.workspaceName());
    }

    /**
     * Loads the dataset list, then imports {@code openFile} if given, or the bundled sample in
     * {@code samplesDir} when the workspace has no datasets yet.
     */
    public void start(Path openFile, Path samplesDir) {
        statusBar.show("Opening workspace " + services.workspaceName() + "...");
        runner.run(BackgroundTask.of("Open workspace", (progress, cancel) -> {
                    List<DatasetInfo> list = services.listDatasets();
                    Optional<Path> toImport = openFile != null ? Optional.of(openFile)
                            : list.isEmpty() ? SampleFinder.find(samplesDir) : Optional.empty();
                    return new Startup(list, toImport);
                })
                .onSuccess(startup -> {
                    datasets.show(startup.datasets(), -1);
                    List<String> warnings = services.openingWarnings();
                    statusBar.show(warnings.isEmpty()
                            ? Nouns.count(startup.datasets().size(), "dataset") + " in " + services.workspaceName()
                            : String.join("; ", warnings));
                    explore.filter().loadSaved();
                    startup.toImport().ifPresent(imports::importFile);
                })
                .onFailure(error -> statusBar.show("Could not open the workspace: " + error.getMessage())));
    }

    private record Startup(List<DatasetInfo> datasets, Optional<Path> toImport) { }

    private void selectionChanged(DatasetInfo dataset) {
        chart.show(dataset);
        report.show(dataset);
        mitigate.datasetProperty().set(dataset);
        explore.show(exploreDatasets());
        incidents.show(dataset);
    }

    /** Explore shows every selected dataset; the other areas work on the lead one. */
    private List<DatasetInfo> exploreDatasets() {
        DatasetInfo lead = datasets.selectedProperty().get();
        if (datasets.selection().size() > 1 && datasets.selection().contains(lead)) return List.copyOf(datasets.selection());
        return lead == null ? List.of() : List.of(lead);
    }

    private void imported(ImportReport importReport) {
        selectAfterImport = importReport.datasetId();
    }

    private void importEnded() {
        long select = selectAfterImport;
        selectAfterImport = -1;
        if (select >= 0) {
            datasets.refresh(select);
        } else {
            datasets.refresh();
        }
    }

    private void liveStarted(long datasetId) {
        statusBar.show("Live session running: receiving into dataset " + datasetId);
        datasets.refresh();
    }

    /** A live session's dataset is finished: list it with its final status and select it for Explore. */
    private void liveEnded(ImportReport liveReport) {
        statusBar.show("Live session ended: " + Formats.count(liveReport.rows()) + " rows in dataset "
                + liveReport.datasetId() + " (" + liveReport.status().name().toLowerCase(Locale.ROOT) + ")");
        datasets.refresh(liveReport.datasetId());
    }

    public void refresh() {
        datasets.refresh();
    }

    /** Brings the Live panel to the front (menu, shortcut). */
    public void showLive() {
        workArea.set(WorkArea.LIVE);
    }

    /** The work area in front. */
    public ObjectProperty<WorkArea> workAreaProperty() { return workArea; }

    public LiveViewModel live() { return live; }

    public StatusBarViewModel statusBar() { return statusBar; }

    public DatasetListViewModel datasets() { return datasets; }

    public TrafficChartViewModel chart() { return chart; }

    public ImportReportViewModel report() { return report; }

    public ExploreViewModel explore() { return explore; }

    /** The lead dataset's incidents (listed below Explore, marked on its chart). */
    public IncidentsViewModel incidents() { return incidents; }

    TaskRunner runner() { return runner; }

    public ImportViewModel imports() { return imports; }

    public MitigateViewModel mitigate() { return mitigate; }
    public DetectViewModel detect() { return detect; }

    /**
     * Opens Explore on some traffic: the request becomes {@link #exploreRequestProperty()}'s value
     * and is applied, even when it equals the previous one (the user clicked the same alert again).
     */
    public void openExplore(ExploreRequest request) {
        if (request.equals(exploreRequest.get())) showInExplore(request); else exploreRequest.set(request);
    }

    private void showInExplore(ExploreRequest request) {
        workArea.set(WorkArea.EXPLORE);
        explore.open(request.filter(), request.start(), request.end());
        statusBar.show("Explore: " + (request.origin().isBlank() ? request.filter() : request.origin()));
    }

    /** Opens Mitigate and generates rules for the request's victim over its range. */
    public void openMitigate(MitigateRequest request) {
        workArea.set(WorkArea.MITIGATE);
        mitigate.open(request.victim(), request.start(), request.end(), request.origin());
        statusBar.show("Mitigate: " + (request.origin().isBlank() ? request.victim() : request.origin()));
    }

    /** The Report work area (post-mortem reports); {@link #report()} is the import report. */
    public ReportViewModel reportArea() { return reportArea; }

    /** The latest request to open Explore on some traffic (filter text and time range), or null. */
    public ObjectProperty<ExploreRequest> exploreRequestProperty() { return exploreRequest; }

    public BooleanProperty darkThemeProperty() { return darkTheme; }

    public ReadOnlyStringProperty titleProperty() { return title; }
}
