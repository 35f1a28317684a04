package org.flowbench.flowspec.impact;

/**
 * What a matching rule does to traffic, as far as the simulation is concerned: traffic-rate
 * actions drop, everything else (redirect, marking, sample) lets the traffic through.
 *
 * @param rate bytes/s for {@link Kind#RATE_BYTES}, packets/s for {@link Kind#RATE_PACKETS}
 */
public record RuleEffect(Kind kind, double rate) {
    public enum Kind { DISCARD, RATE_BYTES, RATE_PACKETS, PASS }

    public static final RuleEffect DISCARD = new RuleEffect(Kind.DISCARD, 0);
    public static final RuleEffect PASS = new RuleEffect(Kind.PASS, 0);

    public RuleEffect {
        if (!(rate >= 0) || Double.isInfinite(rate)) throw new IllegalArgumentException("a rate must be a finite number >= 0, got " + rate);
    }

    /** RFC 8955 section 7.1: a traffic-rate of 0 discards. */
    public static RuleEffect bytesPerSecond(double rate) {
        return rate == 0 ? DISCARD : new RuleEffect(Kind.RATE_BYTES, rate);
    }

    public static RuleEffect packetsPerSecond(double rate) {
        return rate == 0 ? DISCARD : new RuleEffect(Kind.RATE_PACKETS, rate);
    }
}
