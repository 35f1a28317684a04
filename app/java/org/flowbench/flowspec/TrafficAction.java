package org.flowbench.flowspec;

/**
 * traffic-action (0x8007, RFC 8955 section 7.3). Mind the polarity: with the terminal bit SET the engine goes
 * on evaluating later rules; with it clear (or with no traffic-action at all) evaluation stops at this rule.
 * The field mirrors the wire bit, as every dialect's {@code terminal} keyword does.
 */
public record TrafficAction(boolean sample, boolean terminal) implements Action {
    public static final int TYPE = 0x8007;
    static final int TERMINAL_BIT = 0x01;
    static final int SAMPLE_BIT = 0x02;

    /** True when later rules are still evaluated after this one matched. */
    public boolean continuesEvaluation() { return terminal; }

    @Override
    public long extendedCommunity() {
        return ((long) TYPE << 48) | (terminal ? TERMINAL_BIT : 0) | (sample ? SAMPLE_BIT : 0);
    }

    @Override
    public String toString() { return "action" + (sample ? " sample" : "") + (terminal ? " terminal" : "") + (sample || terminal ? "" : " none"); }
}
