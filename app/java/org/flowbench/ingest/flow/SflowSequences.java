package org.flowbench.ingest.flow;

import java.util.Arrays;

/**
 * The last datagram sequence number per (agent address, sub-agent id), to count datagrams lost
 * on the way (sflow_version_5.txt, sample_datagram_v5.sequence_number: incremented with each
 * datagram a sub-agent sends). Open addressing over plain arrays, so a lookup allocates nothing;
 * bounded: when the table is half full it starts afresh (a flood of forged agents cannot grow it).
 */
final class SflowSequences {
    /** A datagram at most this far behind the last one arrived late; further behind, the agent restarted. */
    private static final long LATE_WINDOW = 1024;
    private static final long HALF_RANGE = 1L << 31;

    private final int capacity;
    private final long[] hi, lo, last;
    private final int[] sub;
    private final boolean[] used;
    private int size;
    private long resets;

    /** @param maxAgents how many (agent, sub-agent) pairs to remember before starting afresh */
    SflowSequences(int maxAgents) {
        capacity = Integer.highestOneBit(Math.max(2, maxAgents) * 2 - 1) * 2;
        hi = new long[capacity];
        lo = new long[capacity];
        last = new long[capacity];
        sub = new int[capacity];
        used = new boolean[capacity];
    }

    /**
     * Remembers {@code sequence} for the pair and returns how many datagrams are missing between
     * the previous one and this one (0 for the first, a duplicate, a late one, or a restart).
     */
    long gapBefore(long agentHi, long agentLo, int subAgent, long sequence) {
        int slot = find(agentHi, agentLo, subAgent);
        if (!used[slot]) {
            if ((size + 1) * 2 > capacity) {
                clear();
                slot = find(agentHi, agentLo, subAgent);
            }
            used[slot] = true;
            hi[slot] = agentHi;
            lo[slot] = agentLo;
            sub[slot] = subAgent;
            last[slot] = sequence;
            size++;
            return 0;
        }
        long ahead = (sequence - last[slot]) & 0xFFFF_FFFFL; // modulo 2^32: the counter wraps
        if (ahead == 0) return 0;
        if (ahead < HALF_RANGE) {
            last[slot] = sequence;
            return ahead - 1;
        }
        long behind = (last[slot] - sequence) & 0xFFFF_FFFFL;
        if (behind > LATE_WINDOW) last[slot] = sequence; // the agent restarted its count
        return 0;
    }

    /** How often the table was full and started afresh. */
    long resets() { return resets; }

    private void clear() {
        Arrays.fill(used, false);
        size = 0;
        resets++;
    }

    private int find(long agentHi, long agentLo, int subAgent) {
        long h = agentHi * 0x9E3779B97F4A7C15L ^ agentLo * 0xC2B2AE3D27D4EB4FL ^ subAgent * 0x165667B1L;
        int mask = capacity - 1;
        int slot = (int) (h ^ h >>> 29) & mask;
        while (used[slot] && !(hi[slot] == agentHi && lo[slot] == agentLo && sub[slot] == subAgent)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
