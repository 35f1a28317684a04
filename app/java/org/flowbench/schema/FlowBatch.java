package org.flowbench.schema;

/**
 * A column-shaped batch of rows for the {@code flows} table, filled by the import path and
 * drained by the store. Arrays are public and reused: this is the hot path, and a row object
 * per packet aggregate would cost more than the decoding itself.
 *
 * <p>Addresses are 128-bit, IPv4 mapped to {@code ::ffff:a.b.c.d}, kept as hi/lo longs.
 * Optional integer columns use {@link #NULL} for SQL NULL.
 */
public final class FlowBatch {
    /** Marker for a NULL in the optional long columns (in_if, out_if, src_as, dst_as). */
    public static final long NULL = -1L;

    public final int capacity;
    public int size;

    public final long[] tsMicros;
    public final long[] durationMs;
    public final boolean[] hasExporter;
    public final long[] exporterHi;
    public final long[] exporterLo;
    public final long[] inIf;
    public final long[] outIf;
    public final long[] srcHi;
    public final long[] srcLo;
    public final long[] dstHi;
    public final long[] dstLo;
    public final byte[] ipVersion;
    public final short[] proto;
    public final int[] srcPort;
    public final int[] dstPort;
    public final short[] icmpType;
    public final short[] icmpCode;
    public final short[] tcpFlags;
    public final int[] pktLen;
    public final short[] dscp;
    public final short[] frag;
    public final int[] vlan;
    public final long[] srcAs;
    public final long[] dstAs;
    public final String[] srcCountry;
    public final String[] dstCountry;
    public final long[] packets;
    public final long[] bytes;
    public final long[] samplingRate;
    public final long[] flows;

    public FlowBatch(int capacity) {
        this.capacity = capacity;
        tsMicros = new long[capacity];
        durationMs = new long[capacity];
        hasExporter = new boolean[capacity];
        exporterHi = new long[capacity];
        exporterLo = new long[capacity];
        inIf = new long[capacity];
        outIf = new long[capacity];
        srcHi = new long[capacity];
        srcLo = new long[capacity];
        dstHi = new long[capacity];
        dstLo = new long[capacity];
        ipVersion = new byte[capacity];
        proto = new short[capacity];
        srcPort = new int[capacity];
        dstPort = new int[capacity];
        icmpType = new short[capacity];
        icmpCode = new short[capacity];
        tcpFlags = new short[capacity];
        pktLen = new int[capacity];
        dscp = new short[capacity];
        frag = new short[capacity];
        vlan = new int[capacity];
        srcAs = new long[capacity];
        dstAs = new long[capacity];
        srcCountry = new String[capacity];
        dstCountry = new String[capacity];
        packets = new long[capacity];
        bytes = new long[capacity];
        samplingRate = new long[capacity];
        flows = new long[capacity];
    }

    public boolean isFull() { return size == capacity; }

    public void clear() {
        java.util.Arrays.fill(srcCountry, 0, size, null);
        java.util.Arrays.fill(dstCountry, 0, size, null);
        size = 0;
    }
}
