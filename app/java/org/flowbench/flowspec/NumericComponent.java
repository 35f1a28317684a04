package org.flowbench.flowspec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A numeric component (protocol, ports, ICMP, length, DSCP, flow label): terms ORed, where a term with the
 * and-bit binds to the one before it (AND binds tighter than OR, RFC 8955 section 4.2.1.1).
 */
public record NumericComponent(ComponentType type, List<NumericTerm> terms) implements Component {
    public NumericComponent {
        if (type == null || type.kind() != ComponentType.Kind.NUMERIC) {
            throw new IllegalArgumentException(type + " is not a numeric component");
        }
        terms = List.copyOf(terms);
    }

    public static NumericComponent of(ComponentType type, NumericTerm... terms) {
        return new NumericComponent(type, List.of(terms));
    }

    /** {@code value1 OR value2 OR ...}. */
    public static NumericComponent anyOf(ComponentType type, long... values) {
        List<NumericTerm> terms = new ArrayList<>();
        for (long v : values) terms.add(NumericTerm.of(NumericOp.EQ, v));
        return new NumericComponent(type, terms);
    }

    /** {@code >= low AND <= high}, or {@code == low} when both are equal. */
    public static NumericComponent range(ComponentType type, long low, long high) {
        if (low == high) return anyOf(type, low);
        return of(type, NumericTerm.of(NumericOp.GE, low), NumericTerm.and(NumericOp.LE, high));
    }

    public boolean matches(long data) {
        return Terms.matches(terms, NumericTerm::and, t -> t.test(data));
    }

    /**
     * Whether some value in {@code 0..type.maxValue()} matches. The truth of every term changes only at its
     * value, so testing each term value, its neighbours and the domain's ends decides it exactly.
     */
    public boolean canMatch() {
        TreeSet<Long> points = new TreeSet<>(List.of(0L, type.maxValue()));
        for (NumericTerm t : terms) {
            for (long d = -1; d <= 1; d++) {
                long p = t.value() + d;
                if (p >= 0 && p <= type.maxValue()) points.add(p);
            }
        }
        for (long p : points) if (matches(p)) return true;
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.label()).append(' ');
        for (NumericTerm t : terms) sb.append(sb.charAt(sb.length() - 1) == ' ' || t.and() ? "" : " ").append(t);
        return sb.toString();
    }
}
