package org.flowbench.report;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.detect.Alert;
import org.flowbench.detect.DatasetIncidents;
import org.flowbench.detect.DetectException;
import org.flowbench.detect.RuleFileException;
import org.flowbench.detect.RuleFiles;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Scorer;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Simulator;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.ReportJson;
import org.flowbench.query.SeriesResult;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/** Gathers a {@link ReportModel} from the workspace's services: store, query, detect, flowspec. */
public final class ReportBuilder {
    private static final int STEPS = 8;

    private final Workspace workspace;
    private final Clock clock;

    public ReportBuilder(Workspace workspace) {
        this(workspace, Clock.systemUTC());
    }

    public ReportBuilder(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public ReportModel build(ReportSpec spec, Progress progress, Cancellation cancel) throws ReportException {
        try {
            List<String> notes = new ArrayList<>();
            progress.update(0, STEPS, "reading the datasets");
            List<ReportModel.DatasetSection> datasets = datasets(spec, notes);
            List<Incident> incidents = incidents(spec);
            cancel.check();
            progress.update(1, STEPS, "traffic over time");
            TrafficFigures traffic = new TrafficFigures(workspace, spec);
            SeriesResult overall = traffic.overall();
            Instant from = overall.grid().from(), to = overall.grid().to();
            ReportModel.Totals totals = traffic.totals(overall);
            List<ReportModel.Chart> charts = new ArrayList<>();
            charts.add(traffic.chart("overall", "Traffic", overall));
            cancel.check();
            progress.update(2, STEPS, "top victims");
            charts.add(traffic.chart("victims", "Top destinations", traffic.split(FlowField.DST_ADDR)));
            cancel.check();
            progress.update(3, STEPS, "attack vectors");
            charts.add(traffic.chart("vectors", "Vectors (protocol / source port)",
                    traffic.split(FlowField.PROTO, FlowField.SRC_PORT)));
            cancel.check();
            progress.update(4, STEPS, "top-N tables");
            List<ReportModel.TopList> tops = List.of(
                    traffic.top("destinations", "Top destinations", "Destination", FlowField.DST_ADDR),
                    traffic.top("sources", "Top sources", "Source", FlowField.SRC_ADDR),
                    traffic.top("protocols", "Protocols", "Protocol", FlowField.PROTO),
                    traffic.top("src-ports", "Top source ports", "Protocol / source port", FlowField.PROTO, FlowField.SRC_PORT),
                    traffic.top("dst-ports", "Top destination ports", "Protocol / destination port", FlowField.PROTO,
                            FlowField.DST_PORT));
            cancel.check();
            progress.update(5, STEPS, "detection");
            ReportModel.Detection detection = spec.detectionRules() == null ? null : detection(spec, incidents, from, to);
            cancel.check();
            progress.update(6, STEPS, "Flowspec simulation");
            List<ReportModel.Mitigation> mitigations = new ArrayList<>();
            if (spec.flowspecRules() != null) {
                org.flowbench.flowspec.RuleSet rules = MitigationFigures.read(workspace, spec.flowspecRules());
                for (ReportModel.DatasetSection d : datasets) {
                    cancel.check();
                    mitigations.add(MitigationFigures.simulate(workspace, d.info(), spec.flowspecRules(), rules,
                            incidents, spec, from, to));
                }
                if (spec.rtbh() && mitigations.stream().anyMatch(m -> m.victim() == null)) {
                    notes.add("RTBH was not simulated where no victim prefix was known (the rules share no destination"
                            + " and no attack incident names a victim).");
                }
            }
            progress.update(STEPS, STEPS, "report gathered");
            return new ReportModel(spec.title(), spec.author(), clock.instant(), from, to, datasets, totals, charts, tops,
                    incidents, detection, mitigations, notes);
        } catch (SQLException e) {
            throw new ReportException("the workspace could not be queried: " + e.getMessage(), e);
        }
    }

    private List<ReportModel.DatasetSection> datasets(ReportSpec spec, List<String> notes) throws SQLException, ReportException {
        List<ReportModel.DatasetSection> out = new ArrayList<>();
        for (long id : spec.datasetIds()) {
            DatasetInfo info = workspace.datasets().get(id)
                    .orElseThrow(() -> new ReportException("no dataset " + id + " in " + workspace.path(), null));
            ImportReport imported = null;
            if (info.reportJson() != null) {
                try {
                    imported = ReportJson.read(info.reportJson());
                } catch (IOException e) {
                    notes.add("the import report of " + info.name() + " could not be read: " + e.getMessage());
                }
            }
            out.add(new ReportModel.DatasetSection(info, imported));
        }
        return out;
    }

    /** The chosen incidents of the datasets (all of them when the spec names none), by start time. */
    private List<Incident> incidents(ReportSpec spec) throws ReportException {
        try {
            List<Incident> all = DatasetIncidents.of(workspace, spec.datasetIds());
            if (spec.incidentIds() == null) return all;
            for (long id : spec.incidentIds()) {
                if (all.stream().noneMatch(i -> i.id() == id)) {
                    throw new ReportException("no incident " + id + " belongs to datasets " + spec.datasetIds(), null);
                }
            }
            return all.stream().filter(i -> spec.incidentIds().contains(i.id())).toList();
        } catch (DetectException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    private ReportModel.Detection detection(ReportSpec spec, List<Incident> incidents, Instant from, Instant to)
            throws ReportException {
        try {
            RuleSource source = spec.detectionRules();
            RuleSet rules = source.isSaved() ? new WorkspaceRuleSets(workspace).detection(source.savedName())
                    : RuleFiles.read(source.file());
            SimulationResult run = new Simulator(workspace).run(spec.datasetIds(), rules);
            // the replay covers the whole datasets; the report keeps the alerts that touch its range
            List<Alert> alerts = run.alerts().stream().filter(a -> a.end().isAfter(from) && a.start().isBefore(to)).toList();
            return new ReportModel.Detection(source.label(), rules.name(),
                    rules.rules().size(), alerts, Scorer.score(alerts, incidents, run.span()));
        } catch (IOException e) {
            throw new ReportException("cannot read the detection rules " + spec.detectionRules() + ": " + e.getMessage(), e);
        } catch (RuleFileException | DetectException | RuleSetException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }
}
