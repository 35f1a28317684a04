package org.flowbench.detect;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The weakest form of a trigger over a sweep's values: every comparison on a swept metric takes
 * the value that makes it easiest to meet where it counts for the trigger (the smallest for
 * {@code >}/{@code >=}, the largest for {@code <}/{@code <=}; the other way under a NOT). Any
 * window that meets the trigger at some point of the sweep meets this one, so a sweep can keep
 * only those windows and filter each point exactly from them (docs/decisions/0231).
 */
final class LenientTrigger {
    private LenientTrigger() {}

    /**
     * @return the lenient condition, or empty when a swept metric is tested with = or != (no
     * single value covers every point), in which case every window has to be kept
     */
    static Optional<Condition> over(Condition trigger, Metric metric, List<Double> values) {
        if (values.isEmpty()) return Optional.of(trigger);
        return relax(trigger, metric, Collections.min(values), Collections.max(values), true);
    }

    /** The rule's trigger made lenient over every axis that applies to it. */
    static Optional<Condition> over(Rule rule, List<SweepAxis> axes) {
        Optional<Condition> c = Optional.of(rule.trigger());
        for (SweepAxis a : axes) {
            if (c.isPresent() && a.applies(rule)) c = over(c.get(), a.metric(), a.values());
        }
        return c;
    }

    private static Optional<Condition> relax(Condition c, Metric metric, double min, double max, boolean positive) {
        if (c instanceof Condition.Compare cmp) {
            if (cmp.metric() != metric) return Optional.of(cmp);
            boolean greater = cmp.op() == Condition.Op.GT || cmp.op() == Condition.Op.GE;
            boolean less = cmp.op() == Condition.Op.LT || cmp.op() == Condition.Op.LE;
            if (!greater && !less) return Optional.empty();
            // easiest to meet where it is wanted true; hardest where a NOT wants it false
            double v = greater == positive ? min : max;
            return Optional.of(new Condition.Compare(metric, cmp.op(), v));
        }
        if (c instanceof Condition.And and) {
            var l = relax(and.left(), metric, min, max, positive);
            var r = relax(and.right(), metric, min, max, positive);
            return l.isPresent() && r.isPresent() ? Optional.of(new Condition.And(l.get(), r.get())) : Optional.empty();
        }
        if (c instanceof Condition.Or or) {
            var l = relax(or.left(), metric, min, max, positive);
            var r = relax(or.right(), metric, min, max, positive);
            return l.isPresent() && r.isPresent() ? Optional.of(new Condition.Or(l.get(), r.get())) : Optional.empty();
        }
        Condition.Not not = (Condition.Not) c;
        return relax(not.inner(), metric, min, max, !positive).map(Condition.Not::new);
    }
}
