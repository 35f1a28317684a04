package org.flowbench.ingest.pcap;

/**
 * Turns a pcapng 64-bit timestamp (units since the epoch, unsigned) into seconds and
 * nanoseconds, for the resolution an IDB's if_tsresol option declares: 10^-n when bit 7 is
 * clear, 2^-n when it is set (RFC-draft pcapng section 4.2, if_tsresol).
 */
final class TimestampScale {
    static final TimestampScale MICROSECONDS = new TimestampScale(false, 6);

    private final boolean powerOfTwo;
    private final int exponent;
    private final long unitsPerSecond;   // decimal only; unsigned, up to 10^19
    private final long nanosPerUnit;     // decimal only, exponent <= 9
    private final long unitsPerNano;     // decimal only, exponent > 9

    private TimestampScale(boolean powerOfTwo, int exponent) {
        this.powerOfTwo = powerOfTwo;
        this.exponent = exponent;
        long units = 1;
        if (!powerOfTwo) for (int i = 0; i < exponent; i++) units *= 10;   // wraps to unsigned 10^19 at most
        this.unitsPerSecond = units;
        this.nanosPerUnit = !powerOfTwo && exponent <= 9 ? pow10(9 - exponent) : 0;
        this.unitsPerNano = !powerOfTwo && exponent > 9 ? pow10(exponent - 9) : 0;
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) v *= 10;
        return v;
    }

    /** The scale for an if_tsresol byte, or null when we cannot represent it (10^-20 and finer, 2^-64 and finer). */
    static TimestampScale of(int tsresol) {
        boolean powerOfTwo = (tsresol & 0x80) != 0;
        int exponent = tsresol & 0x7F;
        if (powerOfTwo ? exponent > 63 : exponent > 19) return null;
        if (!powerOfTwo && exponent == 6) return MICROSECONDS;
        return new TimestampScale(powerOfTwo, exponent);
    }

    /** Seconds since the epoch of {@code units}; pair with {@link #nanos}. */
    long seconds(long units) {
        if (powerOfTwo) return units >>> exponent;
        if (units >= 0 && unitsPerSecond > 0) return units / unitsPerSecond;
        return Long.divideUnsigned(units, unitsPerSecond);
    }

    int nanos(long units) {
        if (powerOfTwo) {
            if (exponent == 0) return 0;
            long fraction = units & ((1L << exponent) - 1);
            // fraction * 1e9 / 2^exponent without overflow: a 128-bit product shifted right.
            long high = Math.multiplyHigh(fraction, 1_000_000_000L);
            long low = fraction * 1_000_000_000L;
            return (int) ((high << (64 - exponent)) | (low >>> exponent));
        }
        long fraction = units >= 0 && unitsPerSecond > 0 ? units % unitsPerSecond : Long.remainderUnsigned(units, unitsPerSecond);
        return (int) (nanosPerUnit != 0 ? fraction * nanosPerUnit : Long.divideUnsigned(fraction, unitsPerNano));
    }

    @Override
    public String toString() { return powerOfTwo ? "2^-" + exponent + " s" : "10^-" + exponent + " s"; }
}
