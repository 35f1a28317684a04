package org.flowbench.flowspec.impact;

import org.flowbench.flowspec.RuleSet;

/** One proposed rule set, what it would have done, and what it costs on a router. */
public record RuleProposal(String name, String description, RuleSet rules, ImpactReport impact, TcamEstimate tcam) {
}
