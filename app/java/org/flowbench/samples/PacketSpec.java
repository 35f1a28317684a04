package org.flowbench.samples;

/**
 * Everything {@link FrameBuilder} needs to lay out one IP datagram. Mutable and reused, so
 * building a packet allocates nothing; IPv4 addresses use the {@code lo} fields.
 */
public final class PacketSpec {
    public static final int TCP = 6, UDP = 17, ICMP = 1, ICMPV6 = 58;
    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

    public long timeMicros;
    public int ipVersion = 4;
    public long srcHi, srcLo, dstHi, dstLo;
    public int proto;
    public int srcPort, dstPort;
    public int tcpFlags;
    public int seq, ack;
    public int window = 64_240;
    /** Adds MSS, window scale and SACK-permitted options, as a real stack's SYN carries. */
    public boolean synOptions;
    public int icmpType, icmpCode, icmpId, icmpSeq;
    public int ttl = 64;
    public int ipId;
    public int dscp;
    public boolean dontFragment;
    /** Outer 802.1Q VLAN id; 0 sends the frame untagged. */
    public int vlan;
    /** Whether the frame travels from the upstream router towards our networks (picks the MACs). */
    public boolean inbound = true;
    public final byte[] payload = new byte[65_535];
    public int payloadLength;
    /**
     * The payload's running one's-complement sum ({@link InternetChecksum#add}) when the caller
     * knows it (prebuilt templates), or -1 to have it computed.
     */
    public long payloadSum = -1;

    public PacketSpec v4(int src, int dst) {
        ipVersion = 4;
        srcHi = 0;
        srcLo = src & 0xFFFFFFFFL;
        dstHi = 0;
        dstLo = dst & 0xFFFFFFFFL;
        return this;
    }

    public PacketSpec v6(long srcHigh, long srcLow, long dstHigh, long dstLow) {
        ipVersion = 6;
        srcHi = srcHigh;
        srcLo = srcLow;
        dstHi = dstHigh;
        dstLo = dstLow;
        return this;
    }

    /** Back to defaults, so a field set for one packet never leaks into the next. */
    public PacketSpec reset() {
        timeMicros = 0;
        ipVersion = 4;
        srcHi = srcLo = dstHi = dstLo = 0;
        proto = srcPort = dstPort = tcpFlags = seq = ack = 0;
        window = 64_240;
        synOptions = false;
        icmpType = icmpCode = icmpId = icmpSeq = 0;
        ttl = 64;
        ipId = 0;
        dscp = 0;
        dontFragment = false;
        vlan = 0;
        inbound = true;
        payloadLength = 0;
        payloadSum = -1;
        return this;
    }
}
