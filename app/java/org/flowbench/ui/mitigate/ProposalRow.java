package org.flowbench.ui.mitigate;

import java.util.stream.Collectors;
import org.flowbench.flowspec.impact.RuleProposal;

/** One generated proposal as the table shows it. */
public record ProposalRow(RuleProposal proposal, boolean recommended) {
    public String name() { return proposal.name() + (recommended ? " (recommended)" : ""); }

    public String rules() {
        return proposal.rules().rules().stream().map(Object::toString).collect(Collectors.joining(" | "));
    }

    public double attackDropped() { return proposal.impact().attackPacketsDroppedShare(); }

    public double legitDropped() { return proposal.impact().legitPacketsDroppedShare(); }

    public long collateralSources() { return proposal.impact().set().legitSourcesHit(); }

    public long tcamEntries() { return proposal.tcam().entries(); }

    public String attackDroppedText() { return percent(attackDropped()); }

    public String legitDroppedText() { return percent(legitDropped()); }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", share * 100);
    }
}
