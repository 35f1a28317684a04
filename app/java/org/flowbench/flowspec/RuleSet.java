package org.flowbench.flowspec;

import java.util.ArrayList;
import java.util.List;

/** Rules as the user gave them; {@link #ordered()} is the order a router evaluates them (RFC 8955 section 5.1). */
public record RuleSet(List<FlowspecRule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet of(FlowspecRule... rules) { return new RuleSet(List.of(rules)); }

    /** Rules sorted by precedence, highest first; rules that compare equal keep their given order. */
    public List<FlowspecRule> ordered() {
        List<FlowspecRule> sorted = new ArrayList<>(rules);
        sorted.sort(RuleOrder.INSTANCE);
        return sorted;
    }

    public boolean isEmpty() { return rules.isEmpty(); }

    public int size() { return rules.size(); }
}
