package org.flowbench.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbench.detect.ScenarioIncidents;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.ReportJson;
import org.flowbench.query.DuckDbTrafficQuery;
import org.flowbench.query.TrafficPoint;
import org.flowbench.query.TrafficQuery;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.ui.datasets.DatasetActions;
import org.flowbench.ui.datasets.StoreDatasetActions;
import org.flowbench.ui.live.LiveServices;
import org.flowbench.ui.live.WorkspaceLiveServices;
import org.flowbench.ui.mitigate.MitigationServices;
import org.flowbench.ui.rulesets.RuleSetServices;
import org.flowbench.ui.rulesets.StoreRuleSetServices;
import org.flowbench.ui.mitigate.StoreMitigationServices;
import org.flowbench.ui.report.ReportServices;
import org.flowbench.ui.report.StoreReportServices;
import org.flowbench.ui.detect.DetectServices;
import org.flowbench.ui.detect.StoreDetectServices;
import org.flowbench.ui.explore.ExploreServices;
import org.flowbench.ui.explore.IncidentServices;

/** The window's services over a real workspace: store, import job, traffic query, live sessions. */
public final class StoreWorkbenchServices implements WorkbenchServices {
    /** How long closing waits for imports, deletes and exports writing through connections of their own. */
    static final Duration WRITERS_WAIT = Duration.ofMinutes(2);

    private final Workspace workspace;
    /** The running imports' cancellations: closing stops them (they keep what they read). */
    private final Set<Cancellation> importing = ConcurrentHashMap.newKeySet();
    private final TrafficQuery traffic;
    private final WorkspaceLiveServices live;
    private final StoreMitigationServices mitigation;
    private final StoreDetectServices detect;
    private final StoreExploreServices explore;
    private final DatasetActions datasetActions;
    private final ReportServices report;
    private final IncidentServices incidents;
    private final RuleSetServices ruleSets;

    private StoreWorkbenchServices(Workspace workspace) {
        this.workspace = workspace;
        this.traffic = new DuckDbTrafficQuery(workspace);
        this.live = new WorkspaceLiveServices(workspace);
        this.mitigation = new StoreMitigationServices(workspace);
        this.detect = new StoreDetectServices(workspace);
        this.explore = new StoreExploreServices(workspace);
        this.datasetActions = new StoreDatasetActions(workspace);
        this.report = new StoreReportServices(workspace);
        this.incidents = new StoreIncidentServices(workspace);
        this.ruleSets = new StoreRuleSetServices(workspace);
    }

    /** Opens (creating if needed) the workspace file. Blocks: call it off the FX thread. */
    public static StoreWorkbenchServices open(Path file) throws Exception {
        return new StoreWorkbenchServices(Workspace.open(file));
    }

    @Override
    public String workspaceName() {
        return String.valueOf(workspace.path().getFileName());
    }

    @Override
    public List<String> openingWarnings() {
        return workspace.warnings();
    }

    @Override
    public List<DatasetInfo> listDatasets() throws Exception {
        return workspace.datasets().list();
    }

    @Override
    public ImportReport importFile(Path file, Progress progress, Cancellation cancellation) throws Exception {
        // its own connection: the window keeps querying (and writing) while the import commits
        importing.add(cancellation);
        ImportReport report;
        try {
            report = workspace.onOwnConnection(own -> new ImportJob(own).importFile(file, progress, cancellation));
        } finally {
            importing.remove(cancellation);
        }
        // A training scenario's labels become the dataset's incidents, so Detect can score against them.
        if (report.datasetId() > 0) ScenarioIncidents.attachBesides(workspace, report.datasetId(), file);
        return report;
    }

    @Override
    public List<TrafficPoint> trafficSeries(long datasetId, int maxPoints) throws Exception {
        return traffic.series(datasetId, maxPoints);
    }

    @Override
    public Optional<ImportReport> importReport(long datasetId) throws Exception {
        Optional<DatasetInfo> dataset = workspace.datasets().get(datasetId);
        if (dataset.isEmpty() || dataset.get().reportJson() == null || dataset.get().reportJson().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ReportJson.read(dataset.get().reportJson()));
    }

    @Override
    public LiveServices live() {
        return live;
    }

    @Override
    public MitigationServices mitigation() {
        return mitigation;
    }

    @Override
    public ReportServices report() {
        return report;
    }

    @Override
    public DetectServices detect() {
        return detect;
    }

    @Override
    public ExploreServices explore() { return explore; }

    @Override
    public DatasetActions datasetActions() { return datasetActions; }

    @Override
    public IncidentServices incidents() { return incidents; }

    @Override
    public RuleSetServices ruleSets() { return ruleSets; }

    /**
     * Stops what still writes (live sessions, imports: they keep what they read), waits for the
     * connections of their own to close, then closes the workspace. A compaction that follows must
     * not replace the file under an import still writing to it.
     */
    @Override
    public void close() {
        importing.forEach(Cancellation::cancel);
        try {
            detect.close();
            mitigation.close();
            live.close();
            explore.close();
            workspace.awaitOthersClosed(WRITERS_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // closing the value cache must not keep the workspace open
        } finally {
            workspace.close();
        }
    }
}
