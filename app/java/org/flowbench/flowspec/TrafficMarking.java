package org.flowbench.flowspec;

/** traffic-marking (0x8009, RFC 8955 section 7.5): rewrite the DSCP to the 6-bit value. */
public record TrafficMarking(int dscp) implements Action {
    public static final int TYPE = 0x8009;

    @Override
    public long extendedCommunity() { return ((long) TYPE << 48) | (dscp & 0x3F); }

    @Override
    public String toString() { return "mark " + dscp; }
}
