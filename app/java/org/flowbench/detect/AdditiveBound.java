package org.flowbench.detect;

import java.util.Optional;

/**
 * A necessary condition for a trigger over its sums alone: every distinct-count and percentile
 * comparison taken as met. AND and OR only grow when a term becomes true (also with SQL's
 * unknowns), so a window that meets the trigger meets this; distinct counts then need counting
 * only for the windows that meet it (docs/decisions/0271). A NOT over such a comparison would
 * turn the bound around: then there is none.
 */
final class AdditiveBound {
    private AdditiveBound() {}

    /** The bound, or empty when there is none: no distinct count to spare, a NOT over one, or nothing left to test. */
    static Optional<Condition> of(Condition trigger) {
        if (trigger.metrics().stream().noneMatch(m -> m.kind() == Metric.Kind.DISTINCT)) return Optional.empty();
        try {
            return Optional.ofNullable(relax(trigger));
        } catch (IllegalStateException underNot) {
            return Optional.empty();
        }
    }

    /** The relaxed condition; null stands for TRUE. */
    private static Condition relax(Condition c) {
        if (c instanceof Condition.Compare cmp) return additive(cmp.metric()) ? cmp : null;
        if (c instanceof Condition.And and) {
            Condition l = relax(and.left()), r = relax(and.right());
            return l == null ? r : r == null ? l : new Condition.And(l, r);
        }
        if (c instanceof Condition.Or or) {
            Condition l = relax(or.left()), r = relax(or.right());
            return l == null || r == null ? null : new Condition.Or(l, r);
        }
        Condition.Not not = (Condition.Not) c;
        if (not.inner().metrics().stream().anyMatch(m -> !additive(m))) throw new IllegalStateException("NOT over a relaxed term");
        return not;
    }

    private static boolean additive(Metric m) {
        return m.kind() == Metric.Kind.RATE || m.kind() == Metric.Kind.SHARE;
    }
}
