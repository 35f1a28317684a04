package org.flowbench.flowspec;

/** traffic-rate-packets (0x800c, RFC 8955 section 7.2): a rate limit in packets per second; 0 discards. */
public record TrafficRatePackets(int informativeAs, float packetsPerSecond) implements Action {
    public static final int TYPE = 0x800C;

    public static TrafficRatePackets of(float packetsPerSecond) { return new TrafficRatePackets(0, packetsPerSecond); }

    @Override
    public long extendedCommunity() {
        return ((long) TYPE << 48) | ((informativeAs & 0xFFFFL) << 32) | (Float.floatToRawIntBits(packetsPerSecond) & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() { return "rate-limit " + packetsPerSecond + " packets/s"; }
}
