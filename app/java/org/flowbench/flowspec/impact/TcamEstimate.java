package org.flowbench.flowspec.impact;

import java.util.List;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.RuleSet;

/**
 * A rough count of the ternary (value/mask) entries a router needs for a rule set, the budget
 * that runs out first on hardware (FLOWSPEC.md 4.8). Model (docs/decisions/0128): a rule costs
 * the product of its components' entry counts; a prefix costs 1; a numeric component costs the
 * number of aligned power-of-two blocks covering the values it matches (a range such as
 * 1476..1500 costs 5); a bitmask costs 1 per OR group, times the bits an "any" (or negated "all")
 * term can hit; an IPv6 rule counts twice, as its key needs a double-wide entry on most ASICs.
 *
 * @param rules   rules in the set
 * @param entries estimated TCAM entries
 */
public record TcamEstimate(int rules, long entries) {
    public static TcamEstimate of(RuleSet set) {
        long entries = 0;
        for (FlowspecRule r : set.rules()) entries += entries(r);
        return new TcamEstimate(set.size(), entries);
    }

    public boolean fits(long budget) {
        return entries <= budget;
    }

    static long entries(FlowspecRule rule) {
        long product = 1;
        for (Component c : rule.components()) product = saturatingTimes(product, entries(c));
        return rule.family() == AddressFamily.IPV6 ? saturatingTimes(product, 2) : product;
    }

    static long entries(Component c) {
        if (c instanceof NumericComponent n) return numericEntries(n);
        if (c instanceof BitmaskComponent b) return bitmaskEntries(b);
        return 1;
    }

    /** Scans the value domain in runs (truth changes only at term values) and expands each matching run. */
    private static long numericEntries(NumericComponent n) {
        long max = n.type().maxValue();
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>(List.of(0L, max + 1));
        n.terms().forEach(t -> {
            for (long v : new long[] {t.value(), t.value() + 1}) if (v >= 0 && v <= max + 1) cuts.add(v);
        });
        long total = 0;
        long runStart = -1;     // start of the current run of matching values, -1 outside one
        Long start = null;
        for (long cut : cuts) {
            if (start != null) {
                boolean match = n.matches(start);
                if (match && runStart < 0) runStart = start;
                if (!match && runStart >= 0) {
                    total += blocks(runStart, start - 1);
                    runStart = -1;
                }
            }
            start = cut;
        }
        if (runStart >= 0) total += blocks(runStart, max);
        return Math.max(total, 1);
    }

    /** Aligned power-of-two blocks covering [low, high]: what one range costs as prefixes. */
    static long blocks(long low, long high) {
        long count = 0;
        while (low <= high) {
            long size = low == 0 ? Long.highestOneBit(high + 1) : Long.lowestOneBit(low);
            while (low + size - 1 > high) size >>= 1;
            count++;
            low += size;
        }
        return count;
    }

    private static long bitmaskEntries(BitmaskComponent b) {
        long total = 0, group = 0;
        for (int i = 0; i < b.terms().size(); i++) {
            BitmaskTerm t = b.terms().get(i);
            long cost = (t.match() == t.not()) ? Math.max(1, Integer.bitCount(t.value())) : 1;
            if (i == 0 || !t.and()) {
                total += group;
                group = cost;
            } else {
                group = saturatingTimes(group, cost);
            }
        }
        return Math.max(total + group, 1);
    }

    private static long saturatingTimes(long a, long b) {
        long r = a * b;
        return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
    }
}
