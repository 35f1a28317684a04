package org.flowbench.ingest.flow;

import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.LinkType;
import org.flowbench.ingest.pcap.PacketDecoder;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/**
 * Reads the flow records of a flow sample (sflow_version_5.txt, "Flow Data Types", enterprise 0)
 * into an {@link SflowSample}: raw packet headers through the capture {@link PacketDecoder},
 * sampled IPv4/IPv6, extended switch, router and gateway. Other records are skipped by their
 * length. Every length is checked against the record's end before it is read.
 */
final class SflowFlowRecords {
    static final int SAMPLED_HEADER = 1, SAMPLED_IPV4 = 3, SAMPLED_IPV6 = 4;
    static final int EXTENDED_SWITCH = 1001, EXTENDED_ROUTER = 1002, EXTENDED_GATEWAY = 1003;

    /** sampled_header.header_protocol values (header_protocol enum). */
    static final int HEADER_ETHERNET = 1, HEADER_PPP = 7, HEADER_IPV4 = 11, HEADER_IPV6 = 12, HEADER_POS = 14;

    private static final int SAMPLED_HEADER_FIXED = 16;  // protocol, frame_length, stripped, header length
    private static final int SAMPLED_IPV4_BYTES = 32;
    private static final int SAMPLED_IPV6_BYTES = 56;
    private static final int EXTENDED_SWITCH_BYTES = 16;
    private static final int AS_SEQUENCE_MAX = 1 << 16; // far above any real path; bounds the loop on forged counts
    private static final int TCP = 6, UDP = 17, SCTP = 132;

    private final SflowCursor in;
    private final SflowCounters counters;
    private final PacketDecoder packets = new PacketDecoder();

    SflowFlowRecords(SflowCursor in, SflowCounters counters) {
        this.in = in;
        this.counters = counters;
    }

    PacketDecoder packetDecoder() { return packets; }

    /**
     * Reads one record whose data spans [{@code in.pos}, {@code end}).
     * @return false with the cursor's problem set when the record does not fit its length
     */
    boolean read(int enterprise, int format, int end, SflowSample sample) {
        counters.flowRecords++;
        if (enterprise != 0) {
            counters.otherFlowRecords++;
            return true;
        }
        switch (format) {
            case SAMPLED_HEADER: return sampledHeader(end, sample);
            case SAMPLED_IPV4: return sampledIpv4(end, sample);
            case SAMPLED_IPV6: return sampledIpv6(end, sample);
            case EXTENDED_SWITCH: return extendedSwitch(end, sample);
            case EXTENDED_ROUTER: return extendedRouter(end);
            case EXTENDED_GATEWAY: return extendedGateway(end, sample);
            default:
                counters.otherFlowRecords++;
                return true;
        }
    }

    /** sampled_header (format 1): the first bytes of the sampled frame, decoded as a capture would be. */
    private boolean sampledHeader(int end, SflowSample sample) {
        counters.rawHeaders++;
        if (!in.need(SAMPLED_HEADER_FIXED, end, "sampled_header")) return false;
        int protocol = in.i32();
        long frameLength = in.u32();
        long stripped = in.u32();
        int headerLength = in.i32();
        // Not padded(headerLength): some agents declare the record without the header's padding.
        if (headerLength < 0 || headerLength > end - in.pos) {
            return in.fail(in.pos - 4, "sampled_header header length",
                    "at most the " + (end - in.pos) + " bytes left in the record",
                    Integer.toUnsignedString(headerLength));
        }
        int headerAt = in.pos;
        in.skip((int) Math.min(padded(headerLength), end - in.pos));
        if (sample.headerSeen) return true; // one packet per sample: the first header describes it
        sample.headerSeen = true;
        int linkType = linkTypeOf(protocol);
        if (linkType < 0) {
            counters.unsupportedHeaderProtocols.increment(protocol);
            return true;
        }
        long zeroLengthBefore = packets.stats().ipv4ZeroLength;
        int original = (int) Math.min(frameLength, Integer.MAX_VALUE);
        Outcome outcome = packets.decode(linkType, in.data, headerAt, headerLength, original, sample.header);
        if (outcome != Outcome.IP) {
            counters.headersNotIp++;
            return true;
        }
        sample.headerIp = true;
        if (packets.stats().ipv4ZeroLength != zeroLengthBefore) {
            // The IP header said 0 (offload): the decoder took the frame length, which counts the stripped FCS too.
            DecodedPacket p = sample.header;
            p.ipBytes = Math.max(20, p.ipBytes - stripped);
            p.pktLen = (int) Math.min(p.ipBytes, 0xFFFF);
        }
        return true;
    }

    static int linkTypeOf(int headerProtocol) {
        switch (headerProtocol) {
            case HEADER_ETHERNET: return LinkType.ETHERNET;
            case HEADER_IPV4: return LinkType.IPV4;
            case HEADER_IPV6: return LinkType.IPV6;
            case HEADER_PPP: return LinkType.PPP;
            case HEADER_POS: return LinkType.PPP_HDLC; // RFC 2615: PPP in HDLC-like framing
            default: return -1;
        }
    }

    /** sampled_ipv4 (format 3): the IP fields the agent extracted itself. */
    private boolean sampledIpv4(int end, SflowSample sample) {
        counters.sampledIpv4++;
        if (!in.need(SAMPLED_IPV4_BYTES, end, "sampled_ipv4")) return false;
        if (sample.sampledIp) {
            in.skip(SAMPLED_IPV4_BYTES);
            return true;
        }
        DecodedPacket p = sample.sampled;
        p.clear();
        p.ipVersion = 4;
        long length = in.u32();
        p.proto = (int) (in.u32() & 0xFF);
        p.srcLo = 0x0000_FFFF_0000_0000L | in.u32();
        p.dstLo = 0x0000_FFFF_0000_0000L | in.u32();
        transport(p, in.u32(), in.u32(), in.u32());
        p.dscp = (int) (in.u32() >> 2 & 0x3F);
        length(p, length);
        sample.sampledIp = true;
        return true;
    }

    /** sampled_ipv6 (format 4); its priority word is taken as the traffic class octet. */
    private boolean sampledIpv6(int end, SflowSample sample) {
        counters.sampledIpv6++;
        if (!in.need(SAMPLED_IPV6_BYTES, end, "sampled_ipv6")) return false;
        if (sample.sampledIp) {
            in.skip(SAMPLED_IPV6_BYTES);
            return true;
        }
        DecodedPacket p = sample.sampled;
        p.clear();
        p.ipVersion = 6;
        long length = in.u32();
        p.proto = (int) (in.u32() & 0xFF);
        p.srcHi = in.u64();
        p.srcLo = in.u64();
        p.dstHi = in.u64();
        p.dstLo = in.u64();
        transport(p, in.u32(), in.u32(), in.u32());
        p.dscp = (int) (in.u32() >> 2 & 0x3F);
        length(p, length);
        sample.sampledIp = true;
        return true;
    }

    private static void transport(DecodedPacket p, long srcPort, long dstPort, long tcpFlags) {
        // The record names them "TCP/UDP" ports; for other protocols they mean nothing we can store.
        if (p.proto == TCP || p.proto == UDP || p.proto == SCTP) {
            p.srcPort = (int) (srcPort & 0xFFFF);
            p.dstPort = (int) (dstPort & 0xFFFF);
        }
        if (p.proto == TCP) p.tcpFlags = (int) (tcpFlags & 0xFF);
    }

    private static void length(DecodedPacket p, long length) {
        p.ipBytes = length;
        p.pktLen = (int) Math.min(length, 0xFFFF);
    }

    /** extended_switch (format 1001): 802.1Q VLANs in and out. */
    private boolean extendedSwitch(int end, SflowSample sample) {
        counters.extendedSwitch++;
        if (!in.need(EXTENDED_SWITCH_BYTES, end, "extended_switch")) return false;
        sample.switchSeen = true;
        sample.switchSrcVlan = vlan(in.u32());
        in.skip(4);
        sample.switchDstVlan = vlan(in.u32());
        in.skip(4);
        return true;
    }

    private static int vlan(long word) {
        return word > 0xFFF ? -1 : (int) word;
    }

    /** extended_router (format 1002): next hop and masks; nothing the flows table keeps, but checked. */
    private boolean extendedRouter(int end) {
        counters.extendedRouter++;
        if (!address(end, "extended_router next_hop")) return false;
        if (!in.need(8, end, "extended_router masks")) return false;
        in.skip(8);
        return true;
    }

    /**
     * extended_gateway (format 1003): src_as as given; dst_as is the last AS of dst_as_path, or
     * the router's own AS when the path is empty (the route is internal to that AS).
     */
    private boolean extendedGateway(int end, SflowSample sample) {
        counters.extendedGateway++;
        if (!address(end, "extended_gateway nexthop")) return false;
        if (!in.need(16, end, "extended_gateway AS numbers")) return false;
        long ownAs = in.u32();
        long srcAs = in.u32();
        in.skip(4); // src_peer_as
        int segments = in.i32();
        long lastAs = -1;
        for (long s = 0; s < Integer.toUnsignedLong(segments); s++) {
            if (!in.need(8, end, "extended_gateway as_path segment")) return false;
            in.skip(4); // AS_SET or AS_SEQUENCE: the last AS is the destination's either way
            int count = in.i32();
            if (count < 0 || count > AS_SEQUENCE_MAX || (long) count * 4 > end - in.pos) {
                return in.fail(in.pos - 4, "extended_gateway as_path segment length",
                        "at most " + (end - in.pos) / 4 + " AS numbers left in the record", Integer.toUnsignedString(count));
            }
            if (count > 0) {
                in.skip((count - 1) * 4);
                lastAs = in.u32();
            }
        }
        if (!in.need(4, end, "extended_gateway communities")) return false;
        int communities = in.i32();
        if (communities < 0 || (long) communities * 4 + 4 > end - in.pos) {
            return in.fail(in.pos - 4, "extended_gateway communities length",
                    "communities and localpref within the " + (end - in.pos) + " bytes left", Integer.toUnsignedString(communities));
        }
        in.skip(communities * 4 + 4); // and localpref
        sample.gatewaySeen = true;
        sample.srcAs = srcAs;
        sample.dstAs = lastAs >= 0 ? lastAs : ownAs;
        return true;
    }

    /** An sFlow address (address_type, then 0, 4 or 16 octets); skipped, only its size is checked. */
    private boolean address(int end, String what) {
        if (!in.need(4, end, what)) return false;
        long type = in.u32();
        int bytes = type == 0 ? 0 : type == 1 ? 4 : type == 2 ? 16 : -1;
        if (bytes < 0) return in.fail(in.pos - 4, what + " type", "0, 1 (IPv4) or 2 (IPv6)", Long.toString(type));
        if (!in.need(bytes, end, what)) return false;
        in.skip(bytes);
        return true;
    }

    private static long padded(int length) {
        return SflowCursor.padded(length);
    }
}
