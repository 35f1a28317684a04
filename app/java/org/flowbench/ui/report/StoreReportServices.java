package org.flowbench.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flowbench.detect.DatasetIncidents;
import org.flowbench.report.ReportBuilder;
import org.flowbench.report.ReportFormat;
import org.flowbench.report.ReportModel;
import org.flowbench.report.ReportSpec;
import org.flowbench.report.ReportWriter;
import org.flowbench.store.Incident;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/** The Report area's services over an open workspace. */
public final class StoreReportServices implements ReportServices {
    private final Workspace workspace;

    public StoreReportServices(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<String> savedRuleSets(RuleSetKind kind) throws Exception {
        return new WorkspaceRuleSets(workspace).list(kind).stream().map(StoredRuleSet::name).toList();
    }

    @Override
    public List<Incident> incidents(List<Long> datasetIds) throws Exception {
        return DatasetIncidents.of(workspace, datasetIds);
    }

    @Override
    public List<Path> generate(ReportSpec spec, Set<ReportFormat> formats, Path base, Progress progress, Cancellation cancel)
            throws Exception {
        ReportModel model = new ReportBuilder(workspace).build(spec, progress, cancel);
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : EnumSet.copyOf(formats)) {
            cancel.check();
            progress.update(written.size(), formats.size(), "writing the " + f.extension() + " report");
            written.add(ReportWriter.write(model, f, withExtension(base, f)));
        }
        return written;
    }

    /** {@code base} with its extension (if it names a report format) replaced by the format's. */
    static Path withExtension(Path base, ReportFormat format) {
        String name = base.getFileName().toString();
        if (ReportFormat.ofFile(base).isPresent()) name = name.substring(0, name.lastIndexOf('.'));
        return base.resolveSibling(name + "." + format.extension());
    }
}
