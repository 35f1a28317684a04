package org.flowbench.flowspec.impact;

import java.util.Objects;
import org.flowbench.filter.SqlFragment;

/**
 * A rule reduced to what the simulator needs: which rows it matches, what it does to them,
 * and whether evaluation goes on to later rules after it matched.
 *
 * @param continues        RFC 8955 section 7.3: the traffic-action terminal bit is set, so later rules
 *                         are evaluated too; otherwise the first match ends evaluation
 * @param usesPacketLength the match reads {@code pkt_len}, which is a mean on flow records
 */
public record SimulatedRule(String label, SqlFragment match, RuleEffect effect, boolean continues,
                            boolean usesPacketLength) {
    public SimulatedRule {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(effect, "effect");
    }
}
