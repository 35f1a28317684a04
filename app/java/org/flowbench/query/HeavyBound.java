package org.flowbench.query;

import java.util.Collection;
import java.util.Map;

/**
 * Whether a top-N ranking read from the heavy-key rollup is the ranking of all keys
 * (docs/decisions/0260). A key that is not heavy has, in every group (all protocols, or one
 * protocol), a total no larger than the group's bound, and under a filter and time range no more
 * than its total; so its value is at most the bound over all protocols, and at most the sum of the
 * bounds of the protocols the filter keeps. The ranking is exact when every key it could miss is
 * strictly below the last value it kept (ties are broken by key, which a missed key could win).
 */
final class HeavyBound {
    private HeavyBound() {}

    /**
     * @param allProtos the bound over all protocols; null when every key is heavy
     * @param perProto bounds by protocol (null values: every key of that protocol is heavy); empty when not kept
     * @param protocols the protocols of the rows the filter keeps, or null when there is no filter
     * @param found how many keys the heavy ranking returned (it asked for {@code wanted})
     * @param last the smallest value among them (meaningless when none)
     */
    static boolean exact(Double allProtos, Map<Integer, Double> perProto, Collection<Integer> protocols,
                         int found, double last, int wanted) {
        if (allProtos == null) return true;
        double bound = allProtos;
        if (protocols != null && !perProto.isEmpty()) {
            double sum = 0;
            boolean anyBound = false, known = true;
            for (Integer p : protocols) {
                if (!perProto.containsKey(p)) {
                    known = false; // a protocol without a bound row: nothing is known of it
                    break;
                }
                Double b = perProto.get(p);
                if (b != null) {
                    sum += b;
                    anyBound = true;
                }
            }
            // every key with rows in these protocols is heavy: nothing can be missed
            if (known && !anyBound) return true;
            if (known) bound = Math.min(bound, sum);
        }
        return found >= wanted && last > bound;
    }
}
