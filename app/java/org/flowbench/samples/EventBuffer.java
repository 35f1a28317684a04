package org.flowbench.samples;

import java.util.Arrays;

/**
 * Pending packets as parallel primitive columns, so millions of them cost no objects. A source
 * decides what its columns mean; {@code source} says which source renders the row.
 */
final class EventBuffer {
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    int size;
    long[] time = new long[4096];
    int[] source = new int[4096];
    int[] kind = new int[4096];
    int[] src = new int[4096];
    int[] dst = new int[4096];
    int[] srcPort = new int[4096];
    int[] dstPort = new int[4096];
    int[] seq = new int[4096];
    int[] ack = new int[4096];
    int[] arg = new int[4096];
    private long[] keys = new long[4096];

    /** Adds a row; {@code timeMicros} is relative to the capture start. */
    int add(long timeMicros, int sourceId, int rowKind, int srcAddress, int dstAddress, int sport, int dport,
            int sequence, int acknowledgement, int argument) {
        if (size == time.length) grow();
        int i = size++;
        time[i] = timeMicros;
        source[i] = sourceId;
        kind[i] = rowKind;
        src[i] = srcAddress;
        dst[i] = dstAddress;
        srcPort[i] = sport;
        dstPort[i] = dport;
        seq[i] = sequence;
        ack[i] = acknowledgement;
        arg[i] = argument;
        return i;
    }

    /** Row indexes in time order (ties in insertion order), packed in the low bits of sorted keys. */
    long[] sortedKeys() {
        if (size > INDEX_MASK) throw new IllegalStateException("too many pending packets: " + size);
        if (keys.length < size) keys = new long[time.length];
        for (int i = 0; i < size; i++) keys[i] = (time[i] << INDEX_BITS) | i;
        Arrays.sort(keys, 0, size);
        return keys;
    }

    static int indexOf(long key) {
        return (int) (key & INDEX_MASK);
    }

    void copyRow(int i, EventBuffer to) {
        to.add(time[i], source[i], kind[i], src[i], dst[i], srcPort[i], dstPort[i], seq[i], ack[i], arg[i]);
    }

    void clear() {
        size = 0;
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        source = Arrays.copyOf(source, n);
        kind = Arrays.copyOf(kind, n);
        src = Arrays.copyOf(src, n);
        dst = Arrays.copyOf(dst, n);
        srcPort = Arrays.copyOf(srcPort, n);
        dstPort = Arrays.copyOf(dstPort, n);
        seq = Arrays.copyOf(seq, n);
        ack = Arrays.copyOf(ack, n);
        arg = Arrays.copyOf(arg, n);
    }
}
