package org.flowbench.flowspec.impact;

import java.util.List;
import java.util.Objects;
import org.flowbench.filter.SqlFragment;

/**
 * A rule reduced to what the simulator needs: which rows it matches, what it does to them,
 * and whether evaluation goes on to later rules after it matched.
 *
 * @param continues        RFC 8955 section 7.3: the traffic-action terminal bit is set, so later rules
 *                         are evaluated too; otherwise the first match ends evaluation
 * @param usesPacketLength the match reads {@code pkt_len}, which is a mean on flow records
 * @param boxes            the same match as per-column boxes for the hash-join path (rules that name one
 *                         exact destination); null to test {@code match} on every row instead
 */
public record SimulatedRule(String label, SqlFragment match, RuleEffect effect, boolean continues,
                            boolean usesPacketLength, List<RuleBox> boxes) {
    public SimulatedRule {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(effect, "effect");
        boxes = boxes == null ? null : List.copyOf(boxes);
    }

    /** The same rule tested through its SQL on every row (the boxes dropped), for comparing the two paths. */
    SimulatedRule withoutBoxes() {
        return new SimulatedRule(label, match, effect, continues, usesPacketLength, null);
    }

    public SimulatedRule(String label, SqlFragment match, RuleEffect effect, boolean continues, boolean usesPacketLength) {
        this(label, match, effect, continues, usesPacketLength, null);
    }
}
