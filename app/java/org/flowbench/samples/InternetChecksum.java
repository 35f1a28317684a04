package org.flowbench.samples;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * RFC 1071 one's-complement checksum. The sum is accumulated in 32-bit big-endian words
 * read eight bytes at a time (section 2(B): the sum may be taken in any word size and folded).
 */
public final class InternetChecksum {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private InternetChecksum() {}

    /** Adds the bytes to a running sum; offsets given to later calls must keep even alignment. */
    public static long add(long sum, byte[] b, int offset, int length) {
        int i = offset;
        int end = offset + length;
        for (; i + 7 < end; i += 8) {
            long v = (long) LONGS.get(b, i);
            sum += (v >>> 32) + (v & 0xFFFFFFFFL);
        }
        for (; i + 3 < end; i += 4) {
            sum += ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
        }
        if (i + 1 < end) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            i += 2;
        }
        if (i < end) sum += (b[i] & 0xFF) << 8;
        return sum;
    }

    /** Folds a running sum to 16 bits and complements it: the value to put in the header. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) sum = (sum & 0xFFFF) + (sum >>> 16);
        return (int) (~sum & 0xFFFF);
    }

    public static int of(byte[] b, int offset, int length) {
        return finish(add(0, b, offset, length));
    }
}
