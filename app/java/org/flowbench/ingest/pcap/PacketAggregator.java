package org.flowbench.ingest.pcap;

import java.util.Arrays;
import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowSink;

/**
 * Folds decoded packets into rows of the {@code flows} table: one row per second and per
 * distinct combination of every header column (addresses, IP version, protocol, ports, ICMP
 * type and code, TCP flags, packet length, DSCP, fragment bits, VLAN), with packets and IP
 * bytes summed and {@code flows} = 1. A Flowspec simulation over these rows is therefore exact.
 *
 * <p>The table is open addressing over one {@code long[]} (no object per key, no boxing).
 * A second is emitted once it is more than {@link #DEFAULT_REORDER_SLACK} seconds older than
 * the newest second seen, and everything is emitted when the table reaches its key limit,
 * so memory stays bounded whatever the capture. A packet arriving for a second already
 * emitted simply produces another row for that second: sums stay exact.
 */
public final class PacketAggregator {
    public static final int DEFAULT_BATCH_ROWS = 65_536;
    public static final int DEFAULT_MAX_KEYS = 1 << 17;
    public static final int DEFAULT_REORDER_SLACK = 2;

    // slot layout in the table, STRIDE longs per slot
    private static final int SEC = 0, SRC_HI = 1, SRC_LO = 2, DST_HI = 3, DST_LO = 4, PORTS = 5, HDR = 6,
            PACKETS = 7, BYTES = 8, STRIDE = 9;

    private final FlowSink sink;
    private final FlowBatch out;
    private final int maxKeys;
    private final long slack;

    private final long[] table;
    private final int mask;
    private final int slotBits;
    /** Occupied slots, so flushing costs the number of keys and not the table size. */
    private final int[] used;
    private int count;
    private final long[] scratch;
    private final long[] order;

    private long newest = Long.MIN_VALUE;
    private long oldest = Long.MAX_VALUE;

    private long packetsIn, bytesIn, rowsOut, flushes;

    public PacketAggregator(FlowSink sink) {
        this(sink, DEFAULT_BATCH_ROWS, DEFAULT_MAX_KEYS, DEFAULT_REORDER_SLACK);
    }

    /**
     * @param batchRows   rows per batch handed to the sink
     * @param maxKeys     keys held before everything is emitted (power of two not required)
     * @param slackSeconds how far behind the newest second a packet may arrive and still join its row
     */
    public PacketAggregator(FlowSink sink, int batchRows, int maxKeys, int slackSeconds) {
        if (batchRows < 1 || maxKeys < 1 || slackSeconds < 0) throw new IllegalArgumentException("sizes must be positive");
        this.sink = sink;
        this.out = new FlowBatch(batchRows);
        this.maxKeys = maxKeys;
        this.slack = slackSeconds;
        int slots = Integer.highestOneBit(Math.max(2, maxKeys) * 2 - 1) << 1; // load factor <= 0.5
        this.slotBits = Integer.numberOfTrailingZeros(slots);
        this.mask = slots - 1;
        this.table = new long[slots * STRIDE];
        this.used = new int[maxKeys];
        this.scratch = new long[maxKeys * STRIDE];
        this.order = new long[maxKeys];
    }

    /** Adds one packet captured during {@code epochSecond}. */
    public void add(long epochSecond, DecodedPacket p) throws Exception {
        if (epochSecond > newest) {
            newest = epochSecond;
            if (count > 0 && oldest < newest - slack) flushBefore(newest - slack);
        }
        long ports = (p.srcPort & 0xFFFFL) << 48 | (p.dstPort & 0xFFFFL) << 32 | (p.pktLen & 0xFFFFL) << 16
                | (p.vlan & 0xFFFFL);
        long hdr = (p.proto & 0xFFL) << 56 | (p.icmpType & 0xFFL) << 48 | (p.icmpCode & 0xFFL) << 40
                | (p.tcpFlags & 0xFFL) << 32 | (p.dscp & 0xFFL) << 24 | (p.frag & 0xFFL) << 16
                | (p.ipVersion & 0xFFL) << 8;
        int slot = find(epochSecond, p.srcHi, p.srcLo, p.dstHi, p.dstLo, ports, hdr);
        int base = slot * STRIDE;
        if (table[base + PACKETS] == 0) {
            table[base + SEC] = epochSecond;
            table[base + SRC_HI] = p.srcHi;
            table[base + SRC_LO] = p.srcLo;
            table[base + DST_HI] = p.dstHi;
            table[base + DST_LO] = p.dstLo;
            table[base + PORTS] = ports;
            table[base + HDR] = hdr;
            table[base + BYTES] = 0; // a slot freed by a flush keeps its old sums until reused
            used[count++] = slot;
            if (epochSecond < oldest) oldest = epochSecond;
        }
        table[base + PACKETS]++;
        table[base + BYTES] += p.ipBytes;
        packetsIn++;
        bytesIn += p.ipBytes;
        if (count == maxKeys) flushBefore(Long.MAX_VALUE);
    }

    /** Emits every held row and the last partial batch; call once at the end of the input. */
    public void finish() throws Exception {
        flushBefore(Long.MAX_VALUE);
        drain();
    }

    public long packetsIn() { return packetsIn; }
    public long bytesIn() { return bytesIn; }
    public long rowsOut() { return rowsOut; }
    /** Times the table was emitted in part or whole; for tests and tuning. */
    public long flushes() { return flushes; }
    public int heldKeys() { return count; }

    /** Linear probing; returns the key's slot or the empty slot where it goes. */
    private int find(long sec, long srcHi, long srcLo, long dstHi, long dstLo, long ports, long hdr) {
        long h = mix(mix(mix(mix(mix(mix(mix(0x9E3779B97F4A7C15L, sec), srcHi), srcLo), dstHi), dstLo), ports), hdr);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            int base = slot * STRIDE;
            if (table[base + PACKETS] == 0) return slot;
            if (table[base + SRC_LO] == srcLo && table[base + DST_LO] == dstLo && table[base + PORTS] == ports
                    && table[base + SEC] == sec && table[base + HDR] == hdr && table[base + SRC_HI] == srcHi
                    && table[base + DST_HI] == dstHi) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static long mix(long h, long k) {
        h ^= k * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h, 31) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Emits the rows of seconds before {@code cutoff} in time order and rebuilds the table with the rest. */
    private void flushBefore(long cutoff) throws Exception {
        if (count == 0) return;
        flushes++;
        int emit = 0;
        long minSec = Long.MAX_VALUE, maxSec = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long sec = table[used[i] * STRIDE + SEC];
            if (sec < cutoff) {
                minSec = Math.min(minSec, sec);
                maxSec = Math.max(maxSec, sec);
            }
        }
        boolean sortable = maxSec == Long.MIN_VALUE || maxSec - minSec < (1L << (62 - slotBits));
        int keep = 0;
        for (int i = 0; i < count; i++) {
            int slot = used[i];
            long sec = table[slot * STRIDE + SEC];
            if (sec < cutoff) {
                order[emit++] = sortable ? (sec - minSec) << slotBits | slot : slot;
            } else {
                System.arraycopy(table, slot * STRIDE, scratch, keep++ * STRIDE, STRIDE);
            }
        }
        if (sortable) Arrays.sort(order, 0, emit);
        for (int i = 0; i < emit; i++) emitRow((int) (order[i] & mask) * STRIDE);
        for (int i = 0; i < count; i++) table[used[i] * STRIDE + PACKETS] = 0;
        count = 0;
        oldest = Long.MAX_VALUE;
        for (int k = 0; k < keep; k++) {
            int b = k * STRIDE;
            long sec = scratch[b + SEC];
            int slot = find(sec, scratch[b + SRC_HI], scratch[b + SRC_LO], scratch[b + DST_HI], scratch[b + DST_LO],
                    scratch[b + PORTS], scratch[b + HDR]);
            System.arraycopy(scratch, b, table, slot * STRIDE, STRIDE);
            used[count++] = slot;
            if (sec < oldest) oldest = sec;
        }
    }

    private void emitRow(int base) throws Exception {
        int i = out.size;
        out.tsMicros[i] = table[base + SEC] * 1_000_000L;
        out.durationMs[i] = 0;
        out.hasExporter[i] = false;
        out.inIf[i] = FlowBatch.NULL;
        out.outIf[i] = FlowBatch.NULL;
        out.srcHi[i] = table[base + SRC_HI];
        out.srcLo[i] = table[base + SRC_LO];
        out.dstHi[i] = table[base + DST_HI];
        out.dstLo[i] = table[base + DST_LO];
        long ports = table[base + PORTS];
        out.srcPort[i] = (int) (ports >>> 48);
        out.dstPort[i] = (int) (ports >>> 32) & 0xFFFF;
        out.pktLen[i] = (int) (ports >>> 16) & 0xFFFF;
        out.vlan[i] = (int) ports & 0xFFFF;
        long hdr = table[base + HDR];
        out.proto[i] = (short) (hdr >>> 56);
        out.icmpType[i] = (short) ((hdr >>> 48) & 0xFF);
        out.icmpCode[i] = (short) ((hdr >>> 40) & 0xFF);
        out.tcpFlags[i] = (short) ((hdr >>> 32) & 0xFF);
        out.dscp[i] = (short) ((hdr >>> 24) & 0xFF);
        out.frag[i] = (short) ((hdr >>> 16) & 0xFF);
        out.ipVersion[i] = (byte) ((hdr >>> 8) & 0xFF);
        out.srcAs[i] = FlowBatch.NULL;
        out.dstAs[i] = FlowBatch.NULL;
        out.srcCountry[i] = null;
        out.dstCountry[i] = null;
        out.packets[i] = table[base + PACKETS];
        out.bytes[i] = table[base + BYTES];
        out.samplingRate[i] = 1;
        out.flows[i] = 1;
        out.size = i + 1;
        rowsOut++;
        if (out.isFull()) drain();
    }

    private void drain() throws Exception {
        if (out.size == 0) return;
        sink.accept(out);
        out.clear();
    }
}
