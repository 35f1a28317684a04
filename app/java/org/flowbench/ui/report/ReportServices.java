package org.flowbench.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.flowbench.report.ReportFormat;
import org.flowbench.report.ReportSpec;
import org.flowbench.store.Incident;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/** What the Report area needs from the core. Every method may block: call them inside background tasks. */
public interface ReportServices {
    /** For a workspace that offers no reports (test fakes): every call says so. */
    ReportServices UNAVAILABLE = new ReportServices() {
        @Override public List<Incident> incidents(List<Long> datasetIds) { throw unavailable(); }

        @Override public List<Path> generate(ReportSpec spec, Set<ReportFormat> formats, Path base, Progress p, Cancellation c) {
            throw unavailable();
        }

        private UnsupportedOperationException unavailable() {
            return new UnsupportedOperationException("this workspace offers no reports");
        }
    };

    /** Names of the rule sets of that kind saved in the workspace; none by default (fakes). */
    default List<String> savedRuleSets(org.flowbench.store.RuleSetKind kind) throws Exception {
        return List.of();
    }

    /** The incidents of these datasets (and those for any dataset). */
    List<Incident> incidents(List<Long> datasetIds) throws Exception;

    /**
     * Gathers the report once and writes it in each format beside {@code base} (its extension
     * replaced by the format's); returns the files written, in the order of {@link ReportFormat}.
     */
    List<Path> generate(ReportSpec spec, Set<ReportFormat> formats, Path base, Progress progress, Cancellation cancel)
            throws Exception;
}
