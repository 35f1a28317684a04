package org.flowbench.flowspec.impact;

import java.util.Optional;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;

/**
 * A rule's actions as the simulation applies them. Discard wins over a rate; with both rates
 * (interfering actions, RFC 8955 section 7.7: an implementation's choice) the byte rate is used.
 * Redirect, marking and sample let the traffic through.
 */
final class RuleEffects {
    private RuleEffects() {}

    static RuleEffect of(FlowspecRule rule) throws NotSimulableException {
        if (rule.discards()) return RuleEffect.DISCARD;
        Optional<TrafficRateBytes> bytes = rule.action(TrafficRateBytes.class);
        if (bytes.isPresent()) return RuleEffect.bytesPerSecond(rate(rule, bytes.get().bytesPerSecond()));
        Optional<TrafficRatePackets> packets = rule.action(TrafficRatePackets.class);
        if (packets.isPresent()) return RuleEffect.packetsPerSecond(rate(rule, packets.get().packetsPerSecond()));
        return RuleEffect.PASS;
    }

    /** RFC 8955 section 7.1: negative rates are read as 0. */
    private static double rate(FlowspecRule rule, float rate) throws NotSimulableException {
        if (Float.isNaN(rate) || Float.isInfinite(rate)) {
            throw new NotSimulableException("rule " + RuleMatcher.describe(rule) + " has a rate that is not a finite number: " + rate);
        }
        return Math.max(0, rate);
    }
}
