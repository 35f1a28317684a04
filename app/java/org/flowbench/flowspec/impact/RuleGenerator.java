package org.flowbench.flowspec.impact;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.store.Workspace;

/**
 * Proposes discard rules for a victim the way Akvorado's Flowspec example does: destination
 * prefix, protocol, the dominant source port(s) and a packet-length range from the 10th to the
 * 90th percentile; plus a tighter variant (other port, exact TCP flags) and looser ones (full
 * length range, no length, protocol only). When a port rule cannot see the attack's non-first
 * fragments, a companion rule (destination, protocol, is-fragment) joins the set. Each proposal
 * is simulated; the recommended one maximises the share of attack packets dropped minus ten times
 * the share of the victim's legitimate packets dropped, then costs the fewest TCAM entries.
 */
public final class RuleGenerator {
    /** Non-first fragments above this share of the attack's packets earn a companion rule. */
    static final double FRAGMENT_SHARE = 0.01;
    static final double COLLATERAL_WEIGHT = 10;

    private final Workspace workspace;

    public RuleGenerator(Workspace workspace) {
        this.workspace = workspace;
    }

    public GeneratedRules generate(GenerationRequest request) throws ImpactException {
        VictimProfile profile;
        try {
            profile = VictimProfiler.profile(workspace.connection(), request.datasetId(), request.attackWindow(),
                    request.victim(), request.attackFilter());
        } catch (SQLException e) {
            throw new ImpactException("cannot profile the traffic to " + request.victim() + ": " + e.getMessage(), e);
        }
        if (profile.isEmpty()) return new GeneratedRules(profile, List.of(), null);
        ImpactRequest simulation = simulation(request);
        ImpactSimulator simulator = new ImpactSimulator(workspace);
        List<RuleProposal> proposals = new ArrayList<>();
        for (Candidate c : candidates(profile)) {
            if (proposals.stream().anyMatch(p -> sameRules(p.rules(), c.rules))) continue;
            proposals.add(new RuleProposal(c.name, c.description, c.rules, simulator.simulate(simulation, c.rules),
                    TcamEstimate.of(c.rules)));
        }
        return new GeneratedRules(profile, proposals, recommend(proposals));
    }

    /**
     * Blackholing the victim (RFC 7999) over the same traffic and split as the proposals of
     * {@link #generate}, to show beside them: what the coarse alternative would have cost.
     */
    public ImpactReport rtbh(GenerationRequest request) throws ImpactException {
        return new ImpactSimulator(workspace).simulateRtbh(simulation(request), request.victim());
    }

    private static ImpactRequest simulation(GenerationRequest request) {
        return new ImpactRequest(request.datasetId(), request.context(), split(request),
                PrefixSql.within("dst_addr", request.victim()), false);
    }

    /** Without incidents or a filter, the attack is the victim's traffic in the attack window. */
    private static TrafficSplit split(GenerationRequest r) {
        if (r.split().known()) return r.split();
        SqlBuilder when = new SqlBuilder().text("TRUE");
        if (r.attackWindow().from() != null) when.text(" AND ts >= ").param(org.flowbench.store.SqlTime.toSql(r.attackWindow().from()));
        if (r.attackWindow().to() != null) when.text(" AND ts < ").param(org.flowbench.store.SqlTime.toSql(r.attackWindow().to()));
        SqlFragment attack = new SqlFragment(when.sql(), when.params()).and(PrefixSql.within("dst_addr", r.victim()));
        if (r.attackFilter() != null) attack = attack.and(r.attackFilter());
        return TrafficSplit.attack(attack);
    }

    static RuleProposal recommend(List<RuleProposal> proposals) {
        RuleProposal best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (RuleProposal p : proposals) {
            double score = p.impact().attackPacketsDroppedShare() - COLLATERAL_WEIGHT * p.impact().legitVictimPacketsDroppedShare();
            if (best == null || score > bestScore + 1e-9
                    || (Math.abs(score - bestScore) <= 1e-9 && p.tcam().entries() < best.tcam().entries())) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private record Candidate(String name, String description, RuleSet rules) { }

    static List<Candidate> candidates(VictimProfile p) {
        Component dst = new PrefixComponent(ComponentType.DESTINATION_PREFIX, p.victim(), 0);
        List<Candidate> out = new ArrayList<>();
        if (p.protocolShare() < VictimProfiler.DOMINANT) {
            out.add(new Candidate("destination", "everything to the victim (no protocol dominates)", set("destination", List.of(List.of(dst)))));
            return out;
        }
        Component proto = NumericComponent.anyOf(ComponentType.IP_PROTOCOL, p.protocol());
        Component primary = null, secondary = null;
        if (!p.sourcePorts().isEmpty()) {
            primary = ports(ComponentType.SOURCE_PORT, p.sourcePorts());
            if (!p.destinationPorts().isEmpty()) secondary = ports(ComponentType.DESTINATION_PORT, p.destinationPorts());
        } else if (!p.destinationPorts().isEmpty()) {
            primary = ports(ComponentType.DESTINATION_PORT, p.destinationPorts());
        }
        Component flags = p.tcpFlags() >= 0 ? exactFlags(p.tcpFlags()) : null;
        Component p10to90 = NumericComponent.range(ComponentType.PACKET_LENGTH, p.length(VictimProfile.P10), p.length(VictimProfile.P90));
        Component p0to100 = NumericComponent.range(ComponentType.PACKET_LENGTH, p.length(VictimProfile.P0), p.length(VictimProfile.P100));

        out.add(candidate(p, "akvorado", "destination, protocol, dominant port, length 10th-90th percentile (Akvorado's example)",
                dst, proto, primary, p10to90));
        out.add(candidate(p, "tight", "also the other dominant port and the exact TCP flags",
                dst, proto, primary, secondary, flags, p10to90));
        out.add(candidate(p, "full-length", "destination, protocol, dominant port, every length seen", dst, proto, primary, p0to100));
        out.add(candidate(p, "no-length", "destination, protocol, dominant port", dst, proto, primary));
        out.add(new Candidate("protocol", "destination and protocol", set("protocol", List.of(List.of(dst, proto)))));
        return out;
    }

    /** A candidate from the non-null components, with the fragment companion when it is needed. */
    private static Candidate candidate(VictimProfile p, String name, String description, Component... parts) {
        List<Component> main = new ArrayList<>();
        boolean transport = false;
        for (Component c : parts) {
            if (c == null) continue;
            main.add(c);
            transport |= c.type().needsTransportHeader();
        }
        List<List<Component>> rules = new ArrayList<>();
        rules.add(main);
        if (transport && p.nonFirstFragments() >= FRAGMENT_SHARE) {
            rules.add(List.of(main.get(0), main.get(1),
                    BitmaskComponent.of(ComponentType.FRAGMENT, BitmaskTerm.any(BitmaskComponent.IS_FRAGMENT))));
            description += "; plus its non-first fragments, which carry no ports";
        }
        return new Candidate(name, description, set(name, rules));
    }

    private static RuleSet set(String name, List<List<Component>> rules) {
        List<Action> discard = List.of(TrafficRateBytes.discard());
        List<FlowspecRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            FlowspecRule r = FlowspecRule.of(((PrefixComponent) rules.get(i).get(0)).prefix().family(), rules.get(i), discard);
            out.add(r.withName("gen-" + name + "-" + (i + 1)));
        }
        return new RuleSet(out);
    }

    private static Component ports(ComponentType type, List<Integer> ports) {
        return NumericComponent.anyOf(type, ports.stream().mapToLong(Integer::longValue).toArray());
    }

    /** Exactly these flags: all of them set and none of the others (e.g. =SYN and !(everything else)). */
    private static Component exactFlags(int flags) {
        int others = ~flags & 0xFF;
        if (others == 0) return BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.all(flags));
        if (flags == 0) return BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.any(others).negated());
        return BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.all(flags), BitmaskTerm.any(others).negated().withAnd(true));
    }

    private static boolean sameRules(RuleSet a, RuleSet b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.rules().get(i).sameFlowAndActions(b.rules().get(i))) return false;
        return true;
    }
}
