package org.flowbench.ingest.pcap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Unsigned reads from a byte array: network order for packet headers, either order for file
 * headers. Callers check bounds first; these never do.
 */
final class Bytes {
    private Bytes() {}

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    /** Network byte order. */
    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }

    static int u16le(byte[] d, int i) {
        return (d[i + 1] & 0xFF) << 8 | (d[i] & 0xFF);
    }

    /** Network byte order. */
    static long u32(byte[] d, int i) {
        return ((long) u16(d, i) << 16) | u16(d, i + 2);
    }

    static long u32le(byte[] d, int i) {
        return ((long) u16le(d, i + 2) << 16) | u16le(d, i);
    }

    /** Network byte order. */
    static long u64(byte[] d, int i) {
        return (u32(d, i) << 32) | u32(d, i + 4);
    }

    static int u16(byte[] b, int at, boolean bigEndian) {
        short v = bigEndian ? (short) SHORT_BE.get(b, at) : (short) SHORT_LE.get(b, at);
        return v & 0xFFFF;
    }

    static int i32(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (int) INT_BE.get(b, at) : (int) INT_LE.get(b, at);
    }

    static long u32(byte[] b, int at, boolean bigEndian) {
        return i32(b, at, bigEndian) & 0xFFFF_FFFFL;
    }

    static long i64(byte[] b, int at, boolean bigEndian) {
        long first = u32(b, at, bigEndian);
        long second = u32(b, at + 4, bigEndian);
        return bigEndian ? first << 32 | second : second << 32 | first;
    }

    static String hex(byte[] b, int at, int length) {
        StringBuilder s = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++) {
            if (i > 0) s.append(' ');
            s.append(Character.forDigit((b[at + i] >> 4) & 0xF, 16)).append(Character.forDigit(b[at + i] & 0xF, 16));
        }
        return s.toString();
    }
}
