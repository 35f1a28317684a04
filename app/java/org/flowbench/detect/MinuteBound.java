package org.flowbench.detect;

import java.util.List;

/**
 * A necessary condition for a trigger, over a destination's per-minute totals: a tumbling window
 * whose length divides a minute lies inside one minute, and any scoped, per-protocol or per-flag
 * sum of a window is at most the minute's total packets, bytes or flows. So a window can only
 * meet {@code rate > v} (or {@code >=}) if its minute's total, taken as that rate, does; other
 * comparisons and anything under a NOT bound nothing (docs/decisions/0232).
 */
final class MinuteBound {
    private MinuteBound() {}

    /**
     * SQL over the aggregates {@code sum(packets)}, {@code sum(bytes)}, {@code sum(flows)} of
     * {@code rollup_dst_minute}, or null when the trigger gives no bound.
     */
    static String sql(Condition c, long windowSeconds, List<Object> params) {
        if (c instanceof Condition.Compare cmp) {
            Metric m = cmp.metric();
            boolean grows = cmp.op() == Condition.Op.GT || cmp.op() == Condition.Op.GE;
            if (m.kind() != Metric.Kind.RATE || !grows) return null;
            params.add((double) m.factor);
            params.add((double) windowSeconds);
            params.add(cmp.value());
            // same arithmetic as the window's rate, so a minute at the window's value compares the same
            return "sum(" + total(m.numerator) + ")::DOUBLE * ? / ? " + cmp.op().symbol() + " ?";
        }
        if (c instanceof Condition.And and) {
            int mark = params.size();
            String l = sql(and.left(), windowSeconds, params);
            String r = sql(and.right(), windowSeconds, params);
            if (l == null || r == null) {
                // one side alone still bounds the conjunction: keep it, with only its parameters
                params.subList(mark, params.size()).clear();
                if (l != null) return sql(and.left(), windowSeconds, params);
                return r == null ? null : sql(and.right(), windowSeconds, params);
            }
            return "(" + l + " AND " + r + ")";
        }
        if (c instanceof Condition.Or or) {
            int mark = params.size();
            String l = sql(or.left(), windowSeconds, params);
            String r = l == null ? null : sql(or.right(), windowSeconds, params);
            if (l == null || r == null) {
                params.subList(mark, params.size()).clear();
                return null;
            }
            return "(" + l + " OR " + r + ")";
        }
        return null; // NOT: a bound from above says nothing about what must be false
    }

    private static String total(Metric.Sum s) {
        if (s == Metric.Sum.FLOWS) return "flows";
        return s.name().endsWith("BYTES") ? "bytes" : "packets";
    }
}
