package org.flowbench.flowspec;

/** traffic-rate-bytes (0x8006, RFC 8955 section 7.1): a rate limit in bytes per second; 0 discards. */
public record TrafficRateBytes(int informativeAs, float bytesPerSecond) implements Action {
    public static final int TYPE = 0x8006;

    public static TrafficRateBytes discard() { return new TrafficRateBytes(0, 0f); }

    public static TrafficRateBytes of(float bytesPerSecond) { return new TrafficRateBytes(0, bytesPerSecond); }

    public boolean isDiscard() { return bytesPerSecond == 0f; }

    @Override
    public long extendedCommunity() {
        return ((long) TYPE << 48) | ((informativeAs & 0xFFFFL) << 32) | (Float.floatToRawIntBits(bytesPerSecond) & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() { return isDiscard() ? "discard" : "rate-limit " + bytesPerSecond + " bytes/s"; }
}
