package org.flowbench.flowspec.impact;

import java.util.List;

/**
 * The outcome of running rules over a dataset's time range.
 *
 * @param total      all traffic in the range, attack and legitimate
 * @param set        what the whole ordered set did (a row counted once, whatever rules it met)
 * @param rules      per rule, in evaluation order; a row that several rules apply to (terminal bit
 *                   set) counts under each of them
 * @param series     per second: all traffic and what the set dropped of it
 * @param focus      per second: traffic to the victim before and after the set (empty without a victim)
 * @param victim     traffic to the victim (the request's focus), attack and legitimate
 * @param victimDropped what the set dropped of it
 * @param splitKnown whether attack and legitimate traffic were told apart (incidents or a filter)
 * @param estimate   true when the figures are approximate (length conditions on flow records'
 *                   mean packet size, sampled data); {@link #notes} say why
 */
public record ImpactReport(String subject, SplitVolume total, ImpactFigures set, List<RuleImpact> rules,
                           List<SecondSample> series, List<FocusSample> focus, SplitVolume victim,
                           SplitVolume victimDropped, boolean splitKnown,
                           boolean estimate, List<String> notes) {
    public ImpactReport {
        rules = List.copyOf(rules);
        series = List.copyOf(series);
        focus = List.copyOf(focus);
        notes = List.copyOf(notes);
    }

    /** Share of the attack's packets the set dropped (0 when there was no attack traffic). */
    public double attackPacketsDroppedShare() {
        return share(set.dropped().attack().packets(), total.attack().packets());
    }

    /** Share of the legitimate packets the set dropped: the collateral damage. */
    public double legitPacketsDroppedShare() {
        return share(set.dropped().legit().packets(), total.legit().packets());
    }

    /** Share of the victim's own legitimate packets the set dropped: collateral where it hurts most. */
    public double legitVictimPacketsDroppedShare() {
        return share(victimDropped.legit().packets(), victim.legit().packets());
    }

    private static double share(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }
}
