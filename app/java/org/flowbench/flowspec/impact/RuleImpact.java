package org.flowbench.flowspec.impact;

import java.util.List;

/**
 * One rule's share of a simulation.
 *
 * @param position the rule's place in the evaluated order, from 1
 * @param series   per-second matched and dropped traffic; empty unless asked for
 */
public record RuleImpact(int position, String label, ImpactFigures figures, List<SecondSample> series) {
    public RuleImpact {
        series = List.copyOf(series);
    }
}
