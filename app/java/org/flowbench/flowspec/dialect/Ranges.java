package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;

/**
 * Numeric components as lists of values and closed ranges, the only form Junos and IOS XR write: each OR
 * branch is {@code ==v} or {@code >=lo & <=hi}.
 */
final class Ranges {
    private Ranges() {}

    /** {low, high} pairs, or empty when a branch has another shape. */
    static Optional<List<long[]>> of(NumericComponent c) {
        List<long[]> out = new ArrayList<>();
        List<NumericTerm> t = c.terms();
        for (int i = 0; i < t.size(); ) {
            if (t.get(i).and()) return Optional.empty();
            if (t.get(i).op() == NumericOp.EQ && (i + 1 == t.size() || !t.get(i + 1).and())) {
                out.add(new long[] {t.get(i).value(), t.get(i).value()});
                i++;
            } else if (t.get(i).op() == NumericOp.GE && i + 1 < t.size() && t.get(i + 1).and() && t.get(i + 1).op() == NumericOp.LE
                    && (i + 2 == t.size() || !t.get(i + 2).and()) && t.get(i).value() < t.get(i + 1).value()) {
                out.add(new long[] {t.get(i).value(), t.get(i + 1).value()});
                i += 2;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    static NumericComponent toComponent(ComponentType type, List<long[]> ranges) {
        List<NumericTerm> terms = new ArrayList<>();
        for (long[] r : ranges) {
            if (r[0] == r[1]) {
                terms.add(NumericTerm.of(NumericOp.EQ, r[0]));
            } else {
                terms.add(NumericTerm.of(NumericOp.GE, r[0]));
                terms.add(NumericTerm.and(NumericOp.LE, r[1]));
            }
        }
        return new NumericComponent(type, terms);
    }

    /** {@code v} or {@code lo-hi} items. */
    static String format(List<long[]> ranges, String sep) {
        StringBuilder sb = new StringBuilder();
        for (long[] r : ranges) {
            if (sb.length() > 0) sb.append(sep);
            sb.append(r[0]);
            if (r[1] != r[0]) sb.append('-').append(r[1]);
        }
        return sb.toString();
    }

    /** Parses one {@code v} or {@code lo-hi} item; protocol names allowed for protocols. */
    static long[] parseItem(ComponentType type, Token t) throws DialectParseException {
        String s = t.text();
        int dash = s.indexOf('-', 1);
        if (dash > 0 && Names.number(s.substring(0, dash)).isPresent()) {
            long lo = value(type, s.substring(0, dash), t), hi = value(type, s.substring(dash + 1), t);
            if (lo >= hi) throw t.error("range " + s + " must go from low to high");
            return new long[] {lo, hi};
        }
        long v = value(type, s, t);
        return new long[] {v, v};
    }

    private static long value(ComponentType type, String s, Token t) throws DialectParseException {
        var v = Names.number(s);
        if (v.isEmpty() && type == ComponentType.IP_PROTOCOL) v = Names.protocol(s);
        if (v.isEmpty()) throw t.error("'" + s + "' is not a valid " + type.label() + " value");
        return v.getAsLong();
    }
}
