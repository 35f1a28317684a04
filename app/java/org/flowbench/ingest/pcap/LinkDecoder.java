package org.flowbench.ingest.pcap;

import static org.flowbench.ingest.pcap.Bytes.u16;
import static org.flowbench.ingest.pcap.Bytes.u32;
import static org.flowbench.ingest.pcap.Bytes.u32le;
import static org.flowbench.ingest.pcap.Bytes.u8;

import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/**
 * Finds the network-layer header behind a frame's link-layer headers: Ethernet with 802.1Q,
 * 802.1ad/QinQ, MPLS, PPPoE and Arista timestamps, Linux cooked captures, PPP, Cisco HDLC,
 * raw IP and BSD loopback.
 * Reused per frame; the results are in its fields.
 */
final class LinkDecoder {
    /** What {@link #netOffset} points at. */
    static final int NET_IPV4 = 4, NET_IPV6 = 6, NET_BY_VERSION = 0;

    private static final int ETHERNET_HEADER = 14;
    private static final int SLL_HEADER = 16;     // tcpdump.org LINKTYPE_LINUX_SLL
    private static final int SLL2_HEADER = 20;    // tcpdump.org LINKTYPE_LINUX_SLL2
    private static final int VLAN_TAG = 4;
    private static final int MPLS_ENTRY = 4;      // RFC 3032 section 2.1
    private static final int PPPOE_AND_PPP = 8;   // RFC 2516 section 4: 6-octet header, then the PPP protocol
    private static final int C_HDLC_HEADER = 4;
    private static final int PPP_IPV4 = 0x0021, PPP_IPV6 = 0x0057, PPP_MPLS = 0x0281, PPP_MPLS_MULTICAST = 0x0283;
    private static final int AF_INET = 2;
    private static final int ARISTA_TIMESTAMP = 1, ARISTA_MIN = 12; // 48-bit timestamp form
    private static final String EXPECTED_ETHERTYPE =
            "EtherType 0x0800 (IPv4), 0x86dd (IPv6) or a VLAN/MPLS/PPPoE header carrying them";

    private final FrameProblem problem;

    int netOffset;
    int netKind;
    int vlan;
    int nonIpKey;
    private Outcome failure;

    LinkDecoder(FrameProblem problem) {
        this.problem = problem;
    }

    /**
     * @return IP when an IP header should start at {@link #netOffset}; NON_IP with
     *     {@link #nonIpKey} set; otherwise the problem's outcome.
     */
    Outcome decode(int linkType, byte[] d, int start, int end) {
        vlan = 0;
        nonIpKey = 0;
        switch (linkType) {
            case LinkType.ETHERNET:
                if (end - start < ETHERNET_HEADER) return problem.shortOf(start, "Ethernet header", ETHERNET_HEADER, end - start);
                return etherType(d, start + 12, end);
            case LinkType.LINUX_SLL:
                if (end - start < SLL_HEADER) return problem.shortOf(start, "Linux SLL header", SLL_HEADER, end - start);
                return etherType(d, start + 14, end);
            case LinkType.LINUX_SLL2:
                if (end - start < SLL2_HEADER) return problem.shortOf(start, "Linux SLL2 header", SLL2_HEADER, end - start);
                return etherTypeAt(d, start, start + SLL2_HEADER, end);
            case LinkType.PPP:
            case LinkType.PPP_HDLC:
                return ppp(d, start, end);
            case LinkType.C_HDLC:
                if (end - start < C_HDLC_HEADER) return problem.shortOf(start, "Cisco HDLC header", C_HDLC_HEADER, end - start);
                return etherTypeAt(d, start + 2, start + C_HDLC_HEADER, end);
            case LinkType.RAW:
            case LinkType.RAW_DLT12:
            case LinkType.RAW_DLT14:
                return network(NET_BY_VERSION, start);
            case LinkType.IPV4:
                return network(NET_IPV4, start);
            case LinkType.IPV6:
                return network(NET_IPV6, start);
            case LinkType.NULL:
                return loopback(d, start, end, false);
            case LinkType.LOOP:
                return loopback(d, start, end, true);
            default:
                return problem.set(Outcome.UNSUPPORTED_LINK, start, "link type",
                        "one of 0, 1, 9, 12, 14, 50, 101, 104, 108, 113, 228, 229, 276", 0, "%d", linkType);
        }
    }

    private Outcome network(int kind, int offset) {
        netKind = kind;
        netOffset = offset;
        return Outcome.IP;
    }

    private Outcome etherType(byte[] d, int typeAt, int end) {
        return etherTypeAt(d, typeAt, typeAt + 2, end);
    }

    /** Follows VLAN tags from the EtherType at {@code typeAt}; the header after it starts at {@code p}. */
    private Outcome etherTypeAt(byte[] d, int typeAt, int p, int end) {
        int type = u16(d, typeAt);
        boolean tagged = false;
        while (true) {
            if (type == EtherType.VLAN || type == EtherType.QINQ || type == EtherType.QINQ_OLD) {
                if (end - p < VLAN_TAG) return problem.shortOf(p, "VLAN tag", VLAN_TAG, end - p);
                if (!tagged) {
                    vlan = u16(d, p) & 0x0FFF; // the outer tag is the one the network routes on
                    tagged = true;
                }
                typeAt = p + 2;
                p += VLAN_TAG;
            } else if (type == EtherType.ARISTA) {
                int length = aristaHeaderLength(d, p, end);
                if (length < 0) return failure;
                typeAt = p + length - 2;
                p += length;
            } else {
                break;
            }
            type = u16(d, typeAt);
        }
        switch (type) {
            case EtherType.IPV4: return network(NET_IPV4, p);
            case EtherType.IPV6: return network(NET_IPV6, p);
            case EtherType.MPLS_UNICAST:
            case EtherType.MPLS_MULTICAST: return mpls(d, p, end, type);
            case EtherType.PPPOE_SESSION: return pppoe(d, p, end);
            default:
                nonIpKey = type < EtherType.MIN_ETHERTYPE ? DecodeStats.NO_ETHERTYPE : type;
                return problem.set(Outcome.NON_IP, typeAt, "EtherType", EXPECTED_ETHERTYPE, 0, "0x%04x", type);
        }
    }

    /**
     * Arista tap-aggregation timestamp header (EtherType 0xd28b, subtype 1): the version's second
     * nibble says a 64-bit (0x_1_) or 48-bit (0x_2_) timestamp; the real EtherType follows it.
     * @return the header length including that EtherType, or -1 with {@link #failure} set
     */
    private int aristaHeaderLength(byte[] d, int p, int end) {
        if (end - p < 4) {
            failure = problem.shortOf(p, "Arista header", ARISTA_MIN, end - p);
            return -1;
        }
        int subtype = u16(d, p);
        int timestampKind = u16(d, p + 2) & 0x00F0;
        int length = subtype != ARISTA_TIMESTAMP ? -1 : timestampKind == 0x10 ? 4 + 8 + 2 : timestampKind == 0x20 ? 4 + 6 + 2 : -1;
        if (length < 0) {
            nonIpKey = EtherType.ARISTA;
            failure = problem.set(Outcome.NON_IP, p, "Arista header", "timestamp subtype 1, version 0x_1_ or 0x_2_", 0,
                    "subtype and version 0x%08x", u32(d, p));
            return -1;
        }
        if (end - p < length) {
            failure = problem.shortOf(p, "Arista header", length, end - p);
            return -1;
        }
        return length;
    }

    private Outcome mpls(byte[] d, int p, int end, int etherType) {
        while (true) {
            if (end - p < MPLS_ENTRY) return problem.shortOf(p, "MPLS label stack entry", MPLS_ENTRY, end - p);
            boolean bottomOfStack = (d[p + 2] & 1) != 0;
            p += MPLS_ENTRY;
            if (bottomOfStack) break;
        }
        // RFC 3032 leaves the payload type to the label; IP is recognised by its version nibble.
        if (end - p < 1) return problem.shortOf(p, "MPLS payload", 1, end - p);
        int version = u8(d, p) >> 4;
        if (version == 4) return network(NET_IPV4, p);
        if (version == 6) return network(NET_IPV6, p);
        nonIpKey = etherType;
        return problem.set(Outcome.NON_IP, p, "MPLS payload", "IP version nibble 4 or 6", 0, "%d", version);
    }

    private Outcome pppoe(byte[] d, int p, int end) {
        if (end - p < PPPOE_AND_PPP) return problem.shortOf(p, "PPPoE session header", PPPOE_AND_PPP, end - p);
        return pppProtocol(d, p + 6, u16(d, p + 6), p + PPPOE_AND_PPP, end, EtherType.PPPOE_SESSION);
    }

    /** A PPP frame: optional 0xff 0x03 (RFC 1662 section 3.1), then a 1- or 2-octet protocol (RFC 1661 section 6.5). */
    private Outcome ppp(byte[] d, int p, int end) {
        if (end - p >= 2 && u8(d, p) == 0xFF && u8(d, p + 1) == 0x03) p += 2;
        if (end - p < 1) return problem.shortOf(p, "PPP protocol", 2, end - p);
        if ((u8(d, p) & 1) != 0) return pppProtocol(d, p, u8(d, p), p + 1, end, DecodeStats.NO_ETHERTYPE);
        if (end - p < 2) return problem.shortOf(p, "PPP protocol", 2, end - p);
        return pppProtocol(d, p, u16(d, p), p + 2, end, DecodeStats.NO_ETHERTYPE);
    }

    private Outcome pppProtocol(byte[] d, int protocolAt, int protocol, int p, int end, int nonIpKeyIfNotIp) {
        switch (protocol) {
            case PPP_IPV4: return network(NET_IPV4, p);
            case PPP_IPV6: return network(NET_IPV6, p);
            case PPP_MPLS: return mpls(d, p, end, EtherType.MPLS_UNICAST);
            case PPP_MPLS_MULTICAST: return mpls(d, p, end, EtherType.MPLS_MULTICAST);
            default:
                nonIpKey = nonIpKeyIfNotIp;
                return problem.set(Outcome.NON_IP, protocolAt, "PPP protocol", "0x0021 (IPv4), 0x0057 (IPv6) or 0x0281/0x0283 (MPLS)",
                        0, "0x%04x", protocol);
        }
    }

    /** BSD loopback: a 4-octet address family, in the capturing host's byte order for NULL. */
    private Outcome loopback(byte[] d, int start, int end, boolean networkOrder) {
        if (end - start < 4) return problem.shortOf(start, "loopback header", 4, end - start);
        long family = networkOrder ? u32(d, start) : u32le(d, start);
        // Families are small numbers: upper bits set means the writer was big-endian.
        if (!networkOrder && (family & 0xFFFF0000L) != 0) family = u32(d, start);
        if (family == AF_INET) return network(NET_IPV4, start + 4);
        if (family == 24 || family == 28 || family == 30) return network(NET_IPV6, start + 4); // AF_INET6 of NetBSD/OpenBSD, FreeBSD, Darwin
        nonIpKey = DecodeStats.NO_ETHERTYPE;
        return problem.set(Outcome.NON_IP, start, "loopback address family", "2 (IPv4) or 24/28/30 (IPv6)", 0,
                "%d", family);
    }
}
