package org.flowbench.ingest.flow;

/** Unsigned network-order reads for export datagrams. Callers check bounds first; these never do. */
final class ExportBytes {
    private ExportBytes() {}

    static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }

    static long u32(byte[] d, int i) {
        return ((long) (d[i] & 0xFF) << 24) | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
    }

    static long u64(byte[] d, int i) {
        return (u32(d, i) << 32) | u32(d, i + 4);
    }

    /** An unsigned big-endian integer of 1 to 8 bytes (reduced-size encoding, RFC 7011 section 6.2). */
    static long uN(byte[] d, int i, int n) {
        long v = 0;
        for (int k = 0; k < n; k++) v = v << 8 | (d[i + k] & 0xFF);
        return v;
    }
}
