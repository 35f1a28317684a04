package org.flowbench.ingest.flow;

import org.flowbench.ingest.pcap.DecodedPacket;

/**
 * What the flow records of one flow sample said, gathered before the sample becomes a
 * {@link FlowRecord}: the records may come in any order, and a raw header beats a sampled
 * IPv4/IPv6 record whichever comes first. Reused per sample.
 */
final class SflowSample {
    long samplingRate;
    long inIf, outIf;

    /** The first raw header's packet, valid when {@link #headerIp}. */
    final DecodedPacket header = new DecodedPacket();
    boolean headerSeen;
    boolean headerIp;
    /** The first sampled IPv4/IPv6 record, valid when {@link #sampledIp}. */
    final DecodedPacket sampled = new DecodedPacket();
    boolean sampledIp;

    boolean switchSeen;
    int switchSrcVlan, switchDstVlan;

    boolean gatewaySeen;
    long srcAs, dstAs;

    void begin(long samplingRate, long inIf, long outIf) {
        this.samplingRate = samplingRate;
        this.inIf = inIf;
        this.outIf = outIf;
        headerSeen = headerIp = sampledIp = switchSeen = gatewaySeen = false;
        switchSrcVlan = switchDstVlan = 0;
        srcAs = dstAs = FlowRecord.NONE;
    }

    /** The packet the record describes, or null when the sample carried none. */
    DecodedPacket packet() {
        if (headerIp) return header;
        return sampledIp ? sampled : null;
    }

    /**
     * The outer VLAN: the sampled frame's own tag when it had one (as for captures), else what
     * the switch reports for the way in, else for the way out (extended_switch, format 1001).
     */
    int vlan(DecodedPacket packet) {
        if (packet.vlan != 0) return packet.vlan;
        if (!switchSeen) return 0;
        if (validVlan(switchSrcVlan)) return switchSrcVlan;
        return validVlan(switchDstVlan) ? switchDstVlan : 0;
    }

    private static boolean validVlan(int vlan) {
        return vlan > 0 && vlan < 4095;
    }

    /**
     * The compact interface word: the top two bits are its format (0 ifIndex, 1 discarded,
     * 2 several interfaces); 0x3FFFFFFF is traffic from or to the device itself.
     */
    static long compactInterface(long word) {
        long value = word & 0x3FFF_FFFFL;
        return (word >>> 30) == 0 && value != 0x3FFF_FFFFL ? value : FlowRecord.NONE;
    }

    /** interface_expanded: format as above, 0xFFFFFFFF the device itself (erratum: not 0x3FFFFFFF, though some send it). */
    static long expandedInterface(long format, long value) {
        return format == 0 && value != 0xFFFF_FFFFL && value != 0x3FFF_FFFFL ? value : FlowRecord.NONE;
    }
}
