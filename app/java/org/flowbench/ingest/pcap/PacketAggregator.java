package org.flowbench.ingest.pcap;

import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowSink;

/**
 * Folds decoded packets into rows of the {@code flows} table: one row per second and per
 * distinct combination of every header column (addresses, IP version, protocol, ports, ICMP
 * type and code, TCP flags, packet length, DSCP, fragment bits, VLAN), with packets and IP
 * bytes summed and {@code flows} = 1. A Flowspec simulation over these rows is therefore exact.
 *
 * <p>Each second of the reorder window ({@link #DEFAULT_REORDER_SLACK} seconds behind the
 * newest second seen) has its own {@link AggregateTable}; a second is emitted, in the order
 * its keys arrived, once it falls out of the window, and its table is reused without
 * rehashing what the other seconds hold. A packet older than the window goes to a table of
 * late packets, emitted before the next second that leaves the window: sums stay exact, a late
 * packet simply produces another row for its second. Everything is emitted when the tables
 * hold the key limit, so memory stays bounded whatever the capture.
 */
public final class PacketAggregator {
    public static final int DEFAULT_BATCH_ROWS = 65_536;
    public static final int DEFAULT_MAX_KEYS = 1 << 17;
    public static final int DEFAULT_REORDER_SLACK = 2;

    private final FlowSink sink;
    private final FlowBatch out;
    private final int maxKeys;
    private final long slack;

    /** Table of second s is window[floorMod(s, window.length)]; it holds s or nothing. */
    private final AggregateTable[] window;
    private final long[] windowSecond;
    private final AggregateTable late;
    private long[] lateOrder = new long[0];
    private int held;

    private long newest = Long.MIN_VALUE;
    /** The table of {@link #newest}, which most packets go to. */
    private AggregateTable newestTable;
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
        this.window = new AggregateTable[slackSeconds + 1];
        this.windowSecond = new long[slackSeconds + 1];
        for (int i = 0; i < window.length; i++) window[i] = new AggregateTable(maxKeys);
        this.late = new AggregateTable(maxKeys);
        // columns a packet aggregate never varies, set once: the sink only reads the batch
        java.util.Arrays.fill(out.inIf, FlowBatch.NULL);
        java.util.Arrays.fill(out.outIf, FlowBatch.NULL);
        java.util.Arrays.fill(out.srcAs, FlowBatch.NULL);
        java.util.Arrays.fill(out.dstAs, FlowBatch.NULL);
        java.util.Arrays.fill(out.samplingRate, 1);
        java.util.Arrays.fill(out.flows, 1);
    }

    /** Adds one packet captured during {@code epochSecond}. */
    public void add(long epochSecond, DecodedPacket p) throws Exception {
        if (epochSecond > newest) advance(epochSecond);
        long ports = (p.srcPort & 0xFFFFL) << 48 | (p.dstPort & 0xFFFFL) << 32 | (p.pktLen & 0xFFFFL) << 16
                | (p.vlan & 0xFFFFL);
        long hdr = (p.proto & 0xFFL) << 56 | (p.icmpType & 0xFFL) << 48 | (p.icmpCode & 0xFFL) << 40
                | (p.tcpFlags & 0xFFL) << 32 | (p.dscp & 0xFFL) << 24 | (p.frag & 0xFFL) << 16
                | (p.ipVersion & 0xFFL) << 8;
        AggregateTable table;
        if (epochSecond == newest) {
            table = newestTable;
        } else if (epochSecond >= newest - slack) {
            int w = (int) Math.floorMod(epochSecond, (long) window.length);
            table = window[w];
            windowSecond[w] = epochSecond;
        } else {
            table = late;
        }
        if (table.add(epochSecond, p.srcHi, p.srcLo, p.dstHi, p.dstLo, ports, hdr, p.ipBytes)) held++;
        packetsIn++;
        bytesIn += p.ipBytes;
        if (held >= maxKeys) emitAll();
    }

    /** Emits every held row and the last partial batch; call once at the end of the input. */
    public void finish() throws Exception {
        emitAll();
        drain();
    }

    public long packetsIn() { return packetsIn; }
    public long bytesIn() { return bytesIn; }
    public long rowsOut() { return rowsOut; }
    /** Times rows were emitted because a second left the window or the key limit was reached. */
    public long flushes() { return flushes; }
    public int heldKeys() { return held; }

    /** A newer second arrived: emit late rows, then the seconds that fell out of the window. */
    private void advance(long second) throws Exception {
        long previous = newest;
        newest = second;
        if (previous != Long.MIN_VALUE && held > 0) {
            long cutoff = second - slack;
            boolean emitted = emitLate();
            for (long s = previous - slack; s < cutoff && s <= previous; s++) emitted |= emitSecond(s);
            if (emitted) flushes++;
        }
        // only now: the new second's table may have held a second that was just emitted
        int w = (int) Math.floorMod(second, (long) window.length);
        newestTable = window[w];
        windowSecond[w] = second;
    }

    private void emitAll() throws Exception {
        if (held == 0) return;
        flushes++;
        emitLate();
        long from = newest - slack;
        for (long s = from; s <= newest; s++) emitSecond(s);
    }

    private boolean emitSecond(long s) throws Exception {
        int w = (int) Math.floorMod(s, (long) window.length);
        AggregateTable t = window[w];
        if (t.size() == 0 || windowSecond[w] != s) return false;
        for (int i = 0; i < t.size(); i++) emitRow(t.slots, t.base(i));
        held -= t.size();
        t.clear();
        return true;
    }

    /** Late rows in time order (rare: only captures reordered by more than the slack have them). */
    private boolean emitLate() throws Exception {
        int n = late.size();
        if (n == 0) return false;
        if (lateOrder.length < n) lateOrder = new long[Math.max(n, lateOrder.length * 2)];
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long sec = late.slots[late.base(i) + AggregateTable.SEC];
            min = Math.min(min, sec);
            max = Math.max(max, sec);
        }
        boolean sortable = max - min < (1L << 31);
        for (int i = 0; i < n; i++) {
            long sec = late.slots[late.base(i) + AggregateTable.SEC];
            lateOrder[i] = sortable ? (sec - min) << 32 | i : i;
        }
        if (sortable) java.util.Arrays.sort(lateOrder, 0, n);
        for (int i = 0; i < n; i++) emitRow(late.slots, late.base((int) lateOrder[i]));
        held -= n;
        late.clear();
        return true;
    }

    private void emitRow(long[] table, int base) throws Exception {
        int i = out.size;
        out.tsMicros[i] = table[base + AggregateTable.SEC] * 1_000_000L;
        out.srcHi[i] = table[base + AggregateTable.SRC_HI];
        out.srcLo[i] = table[base + AggregateTable.SRC_LO];
        out.dstHi[i] = table[base + AggregateTable.DST_HI];
        out.dstLo[i] = table[base + AggregateTable.DST_LO];
        long ports = table[base + AggregateTable.PORTS];
        out.srcPort[i] = (int) (ports >>> 48);
        out.dstPort[i] = (int) (ports >>> 32) & 0xFFFF;
        out.pktLen[i] = (int) (ports >>> 16) & 0xFFFF;
        out.vlan[i] = (int) ports & 0xFFFF;
        long hdr = table[base + AggregateTable.HDR];
        out.proto[i] = (short) (hdr >>> 56);
        out.icmpType[i] = (short) ((hdr >>> 48) & 0xFF);
        out.icmpCode[i] = (short) ((hdr >>> 40) & 0xFF);
        out.tcpFlags[i] = (short) ((hdr >>> 32) & 0xFF);
        out.dscp[i] = (short) ((hdr >>> 24) & 0xFF);
        out.frag[i] = (short) ((hdr >>> 16) & 0xFF);
        out.ipVersion[i] = (byte) ((hdr >>> 8) & 0xFF);
        out.packets[i] = table[base + AggregateTable.PACKETS];
        out.bytes[i] = table[base + AggregateTable.BYTES];
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
