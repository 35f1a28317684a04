package org.flowbench.flowspec.impact;

import java.util.List;

/**
 * Proposals for one victim, from tight to loose, each simulated; {@code recommended} is the one
 * with the best trade-off (see {@link RuleGenerator}), or null when there was no traffic.
 */
public record GeneratedRules(VictimProfile profile, List<RuleProposal> proposals, RuleProposal recommended) {
    public GeneratedRules {
        proposals = List.copyOf(proposals);
    }
}
