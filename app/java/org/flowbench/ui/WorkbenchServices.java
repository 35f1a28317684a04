package org.flowbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flowbench.ingest.ImportReport;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.ui.datasets.DatasetActions;
import org.flowbench.ui.live.LiveServices;
import org.flowbench.ui.mitigate.MitigationServices;
import org.flowbench.ui.report.ReportServices;
import org.flowbench.ui.detect.DetectServices;
import org.flowbench.ui.explore.ExploreServices;
import org.flowbench.ui.explore.IncidentServices;

/**
 * What the first window needs from the core. Every method may block (JDBC, file I/O), so view
 * models call them only inside background tasks.
 */
public interface WorkbenchServices extends AutoCloseable {
    /** A short name for the window title, e.g. the workspace file name. */
    String workspaceName();

    /** Things the workspace repaired when it opened (interrupted imports), to tell the user once. */
    List<String> openingWarnings();

    List<DatasetInfo> listDatasets() throws Exception;

    /** Imports one capture into a new dataset; returns the report also stored with it. */
    ImportReport importFile(Path file, Progress progress, Cancellation cancellation) throws Exception;

    List<TrafficPoint> trafficSeries(long datasetId, int maxPoints) throws Exception;

    /** The stored import report of a dataset, empty when the dataset has none (yet). */
    Optional<ImportReport> importReport(long datasetId) throws Exception;

    /** Live collector and capture sessions on this workspace. */
    LiveServices live();

    /** The Mitigate area's services; a workspace without them says so on every call. */
    default MitigationServices mitigation() {
        return MitigationServices.UNAVAILABLE;
    }

    /**
     * Detection over the workspace (replay, sweep, suggestions, rule files). Services without a
     * workspace (test fakes) have none; the Detect area then reports the failure of each run.
     */
    default DetectServices detect() {
        throw new UnsupportedOperationException("these services have no workspace to detect in");
    }

    /** The Report area's services; unavailable by default (fake services in tests). */
    default ReportServices report() { return ReportServices.UNAVAILABLE; }

    /** The Explore view's queries; unavailable by default (fake services in tests). */
    default ExploreServices explore() { return ExploreServices.UNAVAILABLE; }

    /** Incidents marked on the Explore chart; unavailable by default (fakes list none). */
    default IncidentServices incidents() { return IncidentServices.UNAVAILABLE; }

    /** Detection and Flowspec rule sets saved in the workspace; unavailable by default (fakes list none). */
    default org.flowbench.ui.rulesets.RuleSetServices ruleSets() {
        return org.flowbench.ui.rulesets.RuleSetServices.UNAVAILABLE;
    }

    /** Rename, delete, export, table import and enrichment of datasets; unavailable by default (fakes). */
    default DatasetActions datasetActions() { return DatasetActions.UNAVAILABLE; }

    /** Closes the workspace; stops live sessions still running first, so their datasets are finished. */
    @Override
    void close() throws Exception;
}
