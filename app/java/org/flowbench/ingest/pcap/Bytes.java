package org.flowbench.ingest.pcap;

/** Big-endian reads from a frame buffer. Callers check bounds first; these never do. */
final class Bytes {
    private Bytes() {}

    static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }

    static int u16le(byte[] d, int i) {
        return (d[i + 1] & 0xFF) << 8 | (d[i] & 0xFF);
    }

    static long u32(byte[] d, int i) {
        return ((long) u16(d, i) << 16) | u16(d, i + 2);
    }

    static long u32le(byte[] d, int i) {
        return ((long) u16le(d, i + 2) << 16) | u16le(d, i);
    }

    static long u64(byte[] d, int i) {
        return (u32(d, i) << 32) | u32(d, i + 4);
    }
}
