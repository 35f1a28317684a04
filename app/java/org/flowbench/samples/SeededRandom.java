package org.flowbench.samples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SplitMix64: a tiny, fast generator whose every output is fixed by this code alone, so a seed
 * gives the same samples on any JDK. Not thread-safe by design: each traffic source forks its
 * own stream, so adding a source never shifts the numbers another source draws.
 */
public final class SeededRandom {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), bound at most 2^31 - 1. */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [low, highInclusive]. */
    public int between(int low, int highInclusive) {
        return low + nextInt(highInclusive - low + 1);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    public void nextBytes(byte[] into, int offset, int length) {
        int i = 0;
        for (; i + 7 < length; i += 8) LONGS.set(into, offset + i, nextLong());
        while (i < length) {
            long v = nextLong();
            for (int k = 0; k < 8 && i < length; k++, i++) {
                into[offset + i] = (byte) v;
                v >>>= 8;
            }
        }
    }

    /** An independent stream for one traffic source. */
    public SeededRandom fork() {
        return new SeededRandom(nextLong());
    }
}
