package org.flowbench.ingest.flow;

import java.util.Locale;

/**
 * A bounds-checked reader over one sFlow datagram's XDR words (RFC 4506: big-endian, every item
 * padded to 4 octets). Callers ask {@link #need} before reading; a refusal records what was
 * expected and what was there, with the offset inside the datagram, for the damage log.
 * Reused per datagram; allocates only when it records a problem.
 */
final class SflowCursor {
    byte[] data;
    /** Absolute index of the datagram's first byte in {@link #data}. */
    int start;
    /** Absolute index of the next byte to read. */
    int pos;
    /** Absolute index just past the datagram. */
    int end;

    private int problemOffset = -1;
    private String problemWhat, problemExpected, problemFound;

    void reset(byte[] data, int start, int end) {
        this.data = data;
        this.start = start;
        this.pos = start;
        this.end = end;
        clearProblem();
    }

    void clearProblem() {
        problemOffset = -1;
        problemWhat = problemExpected = problemFound = null;
    }

    /**
     * True when {@code bytes} bytes are left before {@code limit}; otherwise records the shortfall
     * at the current position and returns false.
     */
    boolean need(int bytes, int limit, String what) {
        if (bytes >= 0 && limit - pos >= bytes) return true;
        return fail(pos, what, String.format(Locale.ROOT, "%d bytes", bytes),
                String.format(Locale.ROOT, "%d bytes left", Math.max(0, limit - pos)));
    }

    /** Records a problem at absolute index {@code at}; always returns false, for {@code return fail(...)}. */
    boolean fail(int at, String what, String expected, String found) {
        problemOffset = at - start;
        problemWhat = what;
        problemExpected = expected;
        problemFound = found;
        return false;
    }

    boolean hasProblem() { return problemOffset >= 0; }

    int problemOffset() { return problemOffset; }

    String problemWhat() { return problemWhat; }

    String problemExpected() { return problemExpected; }

    String problemFound() { return problemFound; }

    /** Unsigned 32-bit word; the caller has checked {@link #need}. */
    long u32() {
        long v = u32(data, pos);
        pos += 4;
        return v;
    }

    /** The word as an int, for lengths and counts that are compared against remaining bytes. */
    int i32() {
        int v = (int) u32(data, pos);
        pos += 4;
        return v;
    }

    long u64() {
        long v = u32(data, pos) << 32 | u32(data, pos + 4);
        pos += 8;
        return v;
    }

    void skip(int bytes) { pos += bytes; }

    static long u32(byte[] d, int i) {
        return ((long) (d[i] & 0xFF) << 24) | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
    }

    /** XDR pads opaque data to a multiple of 4 octets (RFC 4506 section 4.10). */
    static long padded(long length) {
        return (length + 3) & ~3L;
    }
}
