package org.flowbench.ingest.pcap;

/**
 * The header fields of one IP packet, as the {@code flows} schema keys them. Mutable and
 * reused by the decoder so that decoding allocates nothing per packet.
 */
public final class DecodedPacket {
    /** Addresses as 128-bit values; IPv4 is mapped to ::ffff:a.b.c.d. */
    public long srcHi, srcLo, dstHi, dstLo;
    public int ipVersion;
    /** IPv4 protocol or the IPv6 upper-layer protocol after the extension-header chain. */
    public int proto;
    /** 0 when there is no transport header (non-first fragments, ICMP, unknown protocols). */
    public int srcPort, dstPort;
    public int icmpType, icmpCode;
    public int tcpFlags;
    /** IP total length as Flowspec's packet-length component sees it (clamped to 65535). */
    public int pktLen;
    /** Layer-3 bytes counted for this packet: the IP total length from the header. */
    public long ipBytes;
    public int dscp;
    /** RFC 8955 section 4.2.2.12 fragment bits: DF=1, IsF=2, FF=4, LF=8. */
    public int frag;
    /** Outer VLAN id, 0 when untagged. */
    public int vlan;

    /**
     * Where the UDP payload lies in the decoded frame's buffer, -1 when the packet has none
     * (not UDP, a non-first fragment, or the UDP header was cut).
     */
    public int udpPayloadOffset = -1;
    /** Captured bytes of the UDP payload, bounded by the UDP length, the IP length and the snaplen. */
    public int udpPayloadLength;

    public static final int FRAG_DF = 1, FRAG_IS = 2, FRAG_FIRST = 4, FRAG_LAST = 8;

    public void clear() {
        srcHi = srcLo = dstHi = dstLo = 0;
        ipVersion = proto = srcPort = dstPort = icmpType = icmpCode = tcpFlags = 0;
        pktLen = 0;
        ipBytes = 0;
        dscp = frag = vlan = 0;
        udpPayloadOffset = -1;
        udpPayloadLength = 0;
    }
}
