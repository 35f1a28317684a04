package org.flowbench.flowspec;

/** One {@code [numeric_op, value]} pair; {@code and} joins it to the previous term, else it starts an OR branch. */
public record NumericTerm(boolean and, NumericOp op, long value) {
    public NumericTerm {
        if (op == null) throw new IllegalArgumentException("operator is required");
    }

    public static NumericTerm of(NumericOp op, long value) { return new NumericTerm(false, op, value); }

    public static NumericTerm and(NumericOp op, long value) { return new NumericTerm(true, op, value); }

    public boolean test(long data) { return op.test(data, value); }

    @Override
    public String toString() { return (and ? "&" : "") + (op == NumericOp.TRUE || op == NumericOp.FALSE ? op.symbol() : op.symbol() + value); }
}
