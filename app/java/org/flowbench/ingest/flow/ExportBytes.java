package org.flowbench.ingest.flow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Unsigned network-order reads for export datagrams. Callers check bounds first; these never do
 * (an out-of-range read still throws, as any array access would). The 2-, 4- and 8-byte reads are
 * one load each through a big-endian view rather than a byte at a time: they are most of what a
 * flow record's decoding does.
 */
final class ExportBytes {
    private ExportBytes() {}

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    static int u16(byte[] d, int i) {
        return (short) SHORT.get(d, i) & 0xFFFF;
    }

    static long u32(byte[] d, int i) {
        return (int) INT.get(d, i) & 0xFFFF_FFFFL;
    }

    static long u64(byte[] d, int i) {
        return (long) LONG.get(d, i);
    }

    /** An unsigned big-endian integer of 1 to 8 bytes (reduced-size encoding, RFC 7011 section 6.2). */
    static long uN(byte[] d, int i, int n) {
        switch (n) {
            case 1: return u8(d, i);
            case 2: return u16(d, i);
            case 4: return u32(d, i);
            case 8: return u64(d, i);
            default:
                long v = 0;
                for (int k = 0; k < n; k++) v = v << 8 | (d[i + k] & 0xFF);
                return v;
        }
    }
}
