package org.flowbench.ingest.flow;

/**
 * One flow record decoded from an export (NetFlow v5/v9, IPFIX, sFlow sample), in the
 * {@code flows} schema's terms. Mutable and reused by the decoders; a handler copies what it keeps.
 *
 * <p>Addresses are 128-bit hi/lo, IPv4 mapped to ::ffff:a.b.c.d. Optional integer fields
 * use {@link #NONE} when the export did not carry them.
 */
public final class FlowRecord {
    public static final long NONE = -1L;

    /** Flow end (or the export time when the record has none), microseconds since the epoch. */
    public long endMicros;
    /** Flow start, microseconds since the epoch; equals endMicros when unknown. */
    public long startMicros;
    public long exporterHi, exporterLo;
    /** Observation domain (IPFIX) or source id (v9), engine type/id (v5), sub-agent (sFlow). */
    public long domain;
    public long inIf = NONE, outIf = NONE;
    public long srcHi, srcLo, dstHi, dstLo;
    public int ipVersion;
    public int proto;
    public int srcPort, dstPort;
    public int icmpType, icmpCode;
    public int tcpFlags;
    /** IP DSCP (upper six bits of the ToS / traffic class octet). */
    public int dscp;
    /** RFC 8955 fragment bits when the exporter says (sFlow headers); 0 otherwise. */
    public int frag;
    public int vlan;
    public long srcAs = NONE, dstAs = NONE;
    /** Packets and layer-3 bytes as exported (before sampling is applied). */
    public long packets, bytes;
    /** 1 when unsampled; the rate that multiplies packets and bytes at query time. */
    public long samplingRate = 1;
    /**
     * Packet length as Flowspec sees it: exact for sFlow packet samples, bytes/packets
     * (the mean) for flow records.
     */
    public int pktLen;

    public void clear() {
        endMicros = startMicros = 0;
        exporterHi = exporterLo = 0;
        domain = 0;
        inIf = outIf = NONE;
        srcHi = srcLo = dstHi = dstLo = 0;
        ipVersion = proto = srcPort = dstPort = icmpType = icmpCode = tcpFlags = dscp = frag = vlan = 0;
        srcAs = dstAs = NONE;
        packets = bytes = 0;
        samplingRate = 1;
        pktLen = 0;
    }
}
