package org.flowbench.ingest.pcap;

import java.util.Arrays;

/**
 * One open-addressing table of row aggregates: {@link #STRIDE} longs per slot in one
 * {@code long[]} (no object per key), linear probing, load factor at most one half. It grows
 * with the keys it holds and shrinks back after a {@link #clear()} when it was far too big,
 * so the table of a quiet second stays small enough for the CPU caches.
 */
final class AggregateTable {
    static final int SEC = 0, SRC_HI = 1, SRC_LO = 2, DST_HI = 3, DST_LO = 4, PORTS = 5, HDR = 6, PACKETS = 7,
            BYTES = 8, STRIDE = 9;
    private static final int MIN_SLOTS = 1 << 10;

    private final int maxSlots;
    long[] slots;
    private int mask;
    private int shift;
    /** Bases of occupied slots in insertion order, so emitting and clearing cost the keys held. */
    private int[] used;
    private int size;
    private int peak;

    /** @param maxKeys the most keys this table will ever hold at once */
    AggregateTable(int maxKeys) {
        this.maxSlots = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, maxKeys) * 2 - 1) << 1);
        allocate(MIN_SLOTS);
    }

    int size() { return size; }

    /** Slot base of the i-th key added since the last clear. */
    int base(int i) { return used[i]; }

    /** Adds one packet to its key's sums; true when the key is new. */
    boolean add(long sec, long srcHi, long srcLo, long dstHi, long dstLo, long ports, long hdr, long bytes) {
        if (size * 2 >= mask + 1 && mask + 1 < maxSlots) grow();
        long[] t = slots;
        int slot = slot(sec, srcHi, srcLo, dstHi, dstLo, ports, hdr);
        while (true) {
            int b = slot * STRIDE;
            if (t[b + PACKETS] == 0) {
                t[b + SEC] = sec;
                t[b + SRC_HI] = srcHi;
                t[b + SRC_LO] = srcLo;
                t[b + DST_HI] = dstHi;
                t[b + DST_LO] = dstLo;
                t[b + PORTS] = ports;
                t[b + HDR] = hdr;
                t[b + PACKETS] = 1;
                t[b + BYTES] = bytes;
                used[size++] = b;
                return true;
            }
            if (t[b + SRC_LO] == srcLo && t[b + DST_LO] == dstLo && t[b + PORTS] == ports && t[b + HDR] == hdr
                    && t[b + SEC] == sec && t[b + SRC_HI] == srcHi && t[b + DST_HI] == dstHi) {
                t[b + PACKETS]++;
                t[b + BYTES] += bytes;
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Multiply-and-add over the key words (independent multiplies pipeline well), then one
     * finalizing multiply whose high bits pick the slot.
     */
    private int slot(long sec, long srcHi, long srcLo, long dstHi, long dstLo, long ports, long hdr) {
        long h = srcLo * 0x9E3779B97F4A7C15L + dstLo * 0xC2B2AE3D27D4EB4FL + ports * 0x165667B19E3779F9L
                + hdr * 0xD6E8FEB86659FD93L + (srcHi ^ Long.rotateLeft(dstHi, 23)) * 0xFF51AFD7ED558CCDL
                + sec * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 32;
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h >>> shift);
    }

    /** Forgets every key; a table that held far fewer keys than it has room for shrinks. */
    void clear() {
        long[] t = slots;
        for (int i = 0; i < size; i++) t[used[i] + PACKETS] = 0;
        peak = Math.max(peak, size);
        size = 0;
        int wanted = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, peak) * 4 - 1) << 1);
        if (mask + 1 >= wanted * 8) allocate(wanted);
        peak = 0;
    }

    private void grow() {
        long[] old = slots;
        int[] oldUsed = used;
        int n = size;
        allocate((mask + 1) * 2);
        // re-add in the original order, so emission order stays insertion order
        for (int i = 0; i < n; i++) {
            int b = oldUsed[i];
            add(old[b + SEC], old[b + SRC_HI], old[b + SRC_LO], old[b + DST_HI], old[b + DST_LO], old[b + PORTS],
                    old[b + HDR], old[b + BYTES]);
            slots[used[i] + PACKETS] = old[b + PACKETS];
        }
    }

    private void allocate(int slotCount) {
        slots = new long[slotCount * STRIDE];
        mask = slotCount - 1;
        shift = 64 - Integer.numberOfTrailingZeros(slotCount);
        used = used == null ? new int[slotCount / 2 + 1] : Arrays.copyOf(used, Math.max(used.length, slotCount / 2 + 1));
        size = 0;
    }
}
