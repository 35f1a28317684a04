package org.flowbench.detect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A trigger condition over window metrics: comparisons joined by AND, OR, NOT. Compiled to
 * SQL with every threshold bound as a parameter, so a sweep reruns the same statement with
 * other values. A comparison whose metric is NULL (a share with nothing to divide by) is not
 * true.
 */
public sealed interface Condition {

    /** Renders the condition as SQL over the window columns, appending the thresholds to {@code params}. */
    String toSql(List<Object> params);

    /** A copy with every comparison on {@code metric} set to {@code value}. */
    Condition withThreshold(Metric metric, double value);

    /** The metrics the condition reads. */
    default Set<Metric> metrics() {
        EnumSet<Metric> out = EnumSet.noneOf(Metric.class);
        collect(out);
        return out;
    }

    void collect(Set<Metric> out);

    /** Parses the condition language; see {@link ConditionParser}. */
    static Condition parse(String text) throws ConditionSyntaxException {
        return new ConditionParser(text).parse();
    }

    enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("="), NE("!=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() { return symbol; }
    }

    record Compare(Metric metric, Op op, double value) implements Condition {
        @Override
        public String toSql(List<Object> params) {
            params.add(value);
            return metric.column() + " " + (op == Op.NE ? "<>" : op.symbol) + " ?";
        }

        @Override
        public Condition withThreshold(Metric m, double v) {
            return m == metric ? new Compare(metric, op, v) : this;
        }

        @Override
        public void collect(Set<Metric> out) { out.add(metric); }

        @Override
        public String toString() { return metric.id() + " " + op.symbol + " " + SiNumbers.format(value); }
    }

    /** AND and OR: two conditions joined by a keyword, rendered and rewritten alike. */
    sealed interface Junction extends Condition permits And, Or {
        Condition left();

        Condition right();

        String keyword();

        /** The same junction over other sides. */
        Junction with(Condition left, Condition right);

        @Override
        default String toSql(List<Object> params) {
            String l = left().toSql(params);
            return "(" + l + " " + keyword() + " " + right().toSql(params) + ")";
        }

        @Override
        default Condition withThreshold(Metric m, double v) {
            return with(left().withThreshold(m, v), right().withThreshold(m, v));
        }

        @Override
        default void collect(Set<Metric> out) {
            left().collect(out);
            right().collect(out);
        }
    }

    record And(Condition left, Condition right) implements Junction {
        @Override
        public String keyword() { return "AND"; }

        @Override
        public Junction with(Condition l, Condition r) { return new And(l, r); }

        @Override
        public String toString() { return wrap(left) + " AND " + wrap(right); }
    }

    record Or(Condition left, Condition right) implements Junction {
        @Override
        public String keyword() { return "OR"; }

        @Override
        public Junction with(Condition l, Condition r) { return new Or(l, r); }

        @Override
        public String toString() { return left + " OR " + right; }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public String toSql(List<Object> params) {
            // a NULL metric makes the comparison unknown; NOT of it must stay false, not become true
            return "(NOT coalesce(" + inner.toSql(params) + ", TRUE))";
        }

        @Override
        public Condition withThreshold(Metric m, double v) { return new Not(inner.withThreshold(m, v)); }

        @Override
        public void collect(Set<Metric> out) { inner.collect(out); }

        @Override
        public String toString() {
            return "NOT " + (inner instanceof Compare ? inner.toString() : "(" + inner + ")");
        }
    }

    /** An OR inside an AND keeps its parentheses when written back. */
    private static String wrap(Condition c) {
        return c instanceof Or ? "(" + c + ")" : c.toString();
    }

}
