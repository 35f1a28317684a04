package org.flowbench.flowspec;

/**
 * One {@code [bitmask_op, value]} pair, RFC 8955 section 4.2.1.2: with {@code match} the data must have every
 * bit of the value set, without it any bit of the value; {@code not} inverts; {@code and} as for numeric terms.
 */
public record BitmaskTerm(boolean and, boolean not, boolean match, int value) {
    public static BitmaskTerm any(int value) { return new BitmaskTerm(false, false, false, value); }

    public static BitmaskTerm all(int value) { return new BitmaskTerm(false, false, true, value); }

    public BitmaskTerm withAnd(boolean newAnd) { return new BitmaskTerm(newAnd, not, match, value); }

    public BitmaskTerm negated() { return new BitmaskTerm(and, !not, match, value); }

    public boolean test(int data) {
        boolean hit = match ? (data & value) == value : (data & value) != 0;
        return hit != not;
    }

    @Override
    public String toString() {
        return (and ? "&" : "") + (not ? "!" : "") + (match ? "=" : "") + "0x" + Integer.toHexString(value);
    }
}
