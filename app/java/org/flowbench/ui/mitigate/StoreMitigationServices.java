package org.flowbench.ui.mitigate;

import java.util.Optional;
import org.flowbench.filter.Filters;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.GenerationRequest;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.ImpactRequest;
import org.flowbench.flowspec.impact.ImpactSimulator;
import org.flowbench.flowspec.impact.RuleGenerator;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.flowspec.impact.TrafficSplit;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.ui.OwnWorkspace;

/**
 * The Mitigate area's services over an open workspace: incidents, rule generator, simulator, on
 * Mitigate's own connection ({@link OwnWorkspace}): simulations as you edit run beside other areas.
 */
public final class StoreMitigationServices implements MitigationServices, AutoCloseable {
    private final OwnWorkspace own;

    public StoreMitigationServices(Workspace workspace) {
        this.own = new OwnWorkspace(workspace);
    }

    @Override
    public void close() {
        own.close();
    }

    @Override
    public Optional<AttackTarget> suggestTarget(long datasetId) throws Exception {
        for (Incident i : own.get().incidents().forDataset(datasetId)) {
            if (i.kind() == IncidentKind.ATTACK && i.victim() != null && !i.victim().isBlank()) {
                return Optional.of(new AttackTarget(i.victim(), i.start(), i.end(), "incident " + i.name()));
            }
        }
        DatasetSummary summary = new DatasetSummaryQuery(own.get()).summarize(datasetId);
        if (summary.topDestinations().isEmpty()) return Optional.empty();
        return Optional.of(new AttackTarget(summary.topDestinations().get(0).address(), summary.firstTs(),
                summary.lastTs(), "top destination"));
    }

    @Override
    public GeneratedRules generate(long datasetId, IpPrefix victim, TimeWindow window, String legitFilter) throws Exception {
        GenerationRequest request = GenerationRequest.of(datasetId, victim, window).withSplit(split(datasetId, legitFilter));
        return new RuleGenerator(own.get()).generate(request);
    }

    @Override
    public ImpactReport rtbh(long datasetId, IpPrefix victim, TimeWindow window, String legitFilter) throws Exception {
        GenerationRequest request = GenerationRequest.of(datasetId, victim, window).withSplit(split(datasetId, legitFilter));
        return new RuleGenerator(own.get()).rtbh(request);
    }

    @Override
    public ImpactReport simulate(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter) throws Exception {
        ImpactRequest request = ImpactRequest.of(datasetId, TimeWindow.ALL, split(datasetId, legitFilter));
        return new ImpactSimulator(own.get()).simulate(victim == null ? request : request.withVictim(victim), rules);
    }

    @Override
    public ImpactComparison compare(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter) throws Exception {
        ImpactRequest request = ImpactRequest.of(datasetId, TimeWindow.ALL, split(datasetId, legitFilter));
        return new ImpactSimulator(own.get()).compare(request, rules, victim);
    }

    @Override
    public ImpactReport simulate(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter, Cancellation cancel)
            throws Exception {
        ImpactRequest request = ImpactRequest.of(datasetId, TimeWindow.ALL, split(datasetId, legitFilter));
        return new ImpactSimulator(own.get(), cancel).simulate(victim == null ? request : request.withVictim(victim), rules);
    }

    @Override
    public ImpactComparison compare(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter, Cancellation cancel)
            throws Exception {
        ImpactRequest request = ImpactRequest.of(datasetId, TimeWindow.ALL, split(datasetId, legitFilter));
        ImpactSimulator simulator = new ImpactSimulator(own.get(), cancel);
        return victim == null ? new ImpactComparison(simulator.simulate(request, rules), null) : simulator.compare(request, rules, victim);
    }

    private TrafficSplit split(long datasetId, String legitFilter) throws Exception {
        return legitFilter == null || legitFilter.isBlank()
                ? TrafficSplit.fromIncidents(own.get().incidents().forDataset(datasetId))
                : TrafficSplit.legitimate(Filters.compile(legitFilter));
    }
}
