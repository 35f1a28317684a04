package org.flowbench.flowspec.impact;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * Runs rules over a dataset's stored traffic in DuckDB and reports what they would have done
 * (see {@link ImpactQuery} for the model). One statement per simulation; rows stay in DuckDB.
 */
public final class ImpactSimulator {
    private final Workspace workspace;
    private final Cancellation cancel;

    public ImpactSimulator(Workspace workspace) {
        this(workspace, Cancellation.none());
    }

    /**
     * A simulator whose statements {@code cancel} stops (the rule editor supersedes a run on each
     * edit); a stopped simulation throws {@link java.util.concurrent.CancellationException}.
     */
    public ImpactSimulator(Workspace workspace, Cancellation cancel) {
        this.workspace = workspace;
        this.cancel = cancel;
    }

    /** Simulates rules already in evaluation order. */
    public ImpactReport simulate(ImpactRequest request, List<SimulatedRule> rules, String subject) throws ImpactException {
        ImpactRows rows;
        try {
            AllTraffic all = AllTraffic.choose(request,
                    Rollups.perSecondDestinationPresent(workspace.connection(), List.of(request.datasetId())));
            rows = ImpactQuery.run(workspace.connection(), request, rules, all, cancel);
        } catch (SQLException e) {
            throw new ImpactException("the simulation failed in " + workspace.path() + ": " + e.getMessage(), e);
        }
        List<RuleImpact> perRule = new ArrayList<>(rules.size());
        for (int i = 1; i <= rules.size(); i++) {
            perRule.add(new RuleImpact(i, rules.get(i - 1).label(), rows.rule(i),
                    request.perRuleSeries() ? rows.ruleSeries(i) : List.of()));
        }
        List<String> notes = new ArrayList<>();
        boolean estimate = false;
        if (rows.flowRecords() && rules.stream().anyMatch(SimulatedRule::usesPacketLength)) {
            estimate = true;
            notes.add("packet-length conditions were tested against flow records' mean packet size: an estimate");
        }
        if (rows.maxSamplingRate() > 1) {
            estimate = true;
            notes.add(String.format("sampled data (rate up to 1:%.0f): volumes are scaled up, an estimate", rows.maxSamplingRate()));
        }
        if (!request.split().known()) {
            notes.add("no incidents and no legitimate-traffic filter: attack and legitimate traffic are not told apart,"
                    + " all traffic is counted as legitimate");
        }
        return new ImpactReport(subject, rows.total(), rows.set(), perRule, rows.series(), rows.focus(),
                rows.victimOffered(), rows.victimDropped(), request.split().known(), estimate, notes);
    }

    /**
     * Simulates a Flowspec rule set in the order a router evaluates it (RFC 8955 section 5.1).
     *
     * @throws NotSimulableException when a rule uses something the data does not record (flow label)
     */
    public ImpactReport simulate(ImpactRequest request, RuleSet rules) throws ImpactException {
        return simulate(request, simulated(rules), rules.size() == 1 ? "Flowspec rule" : "Flowspec set of " + rules.size() + " rules");
    }

    /** The set in evaluation order, reduced to what the simulation needs. */
    public static List<SimulatedRule> simulated(RuleSet rules) throws NotSimulableException {
        List<SimulatedRule> out = new ArrayList<>(rules.size());
        for (FlowspecRule r : rules.ordered()) {
            out.add(new SimulatedRule(r.name() != null ? r.name() : r.toString(), RuleMatcher.match(r), RuleEffects.of(r),
                    r.continuesEvaluation(), RuleMatcher.usesPacketLength(r), RuleBoxes.of(r)));
        }
        return out;
    }

    /**
     * RTBH (RFC 7999 BLACKHOLE, 65535:666): everything to the victim prefix is dropped. The
     * request's focus defaults to the same prefix.
     */
    public ImpactReport simulateRtbh(ImpactRequest request, IpPrefix victim) throws ImpactException {
        return simulate(focused(request, victim), List.of(Rtbh.rule(victim)), "RTBH " + victim + " (" + Rtbh.COMMUNITY + ")");
    }

    /** The Flowspec set and an RTBH of the victim over the same traffic, for a side-by-side view. */
    public ImpactComparison compare(ImpactRequest request, RuleSet rules, IpPrefix victim) throws ImpactException {
        ImpactRequest r = focused(request, victim);
        return new ImpactComparison(simulate(r, rules), simulateRtbh(r, victim));
    }

    private static ImpactRequest focused(ImpactRequest request, IpPrefix victim) {
        return request.focus() == null ? request.withVictim(victim) : request;
    }
}
