package org.flowbench.ingest.pcap;

import static org.flowbench.ingest.pcap.Bytes.u16;
import static org.flowbench.ingest.pcap.Bytes.u8;

/**
 * Reads the transport fields the {@code flows} table keys on: TCP/UDP/SCTP ports, the TCP
 * flags octet, ICMP/ICMPv6 type and code. Only the bytes it uses must be present.
 */
final class TransportDecoder {
    static final int ICMP = 1, TCP = 6, UDP = 17, ICMPV6 = 58, SCTP = 132;

    /** What became of the transport header. */
    static final int READ = 0, NOT_READ = 1, CUT_BY_SNAPLEN = 2, SHORTER_THAN_HEADER = 3;

    private static final int TCP_FLAGS_END = 14;  // RFC 9293 section 3.1: flags are octet 13
    private static final int PORTS_END = 4;       // TCP, UDP (RFC 768) and SCTP (RFC 9260) all start with the two ports
    private static final int ICMP_END = 2;        // RFC 792, RFC 4443 section 2.1: type, code
    private static final int UDP_HEADER = 8;      // RFC 768: ports, length, checksum

    /**
     * @param p          start of the transport header
     * @param end        end of the captured bytes
     * @param packetEnd  end of the IP packet as its header states it
     */
    static int decode(int proto, byte[] d, int p, int end, int packetEnd, DecodedPacket out) {
        int needed;
        switch (proto) {
            case TCP: needed = TCP_FLAGS_END; break;
            case UDP: case SCTP: needed = PORTS_END; break;
            case ICMP: case ICMPV6: needed = ICMP_END; break;
            default: return NOT_READ;
        }
        if (packetEnd - p < needed) return SHORTER_THAN_HEADER;
        if (end - p < needed) return CUT_BY_SNAPLEN;
        if (proto == ICMP || proto == ICMPV6) {
            out.icmpType = u8(d, p);
            out.icmpCode = u8(d, p + 1);
            return READ;
        }
        out.srcPort = u16(d, p);
        out.dstPort = u16(d, p + 2);
        if (proto == TCP) out.tcpFlags = u8(d, p + 13);
        if (proto == UDP) locateUdpPayload(d, p, end, packetEnd, out);
        return READ;
    }

    /**
     * Flow exports travel in UDP payloads; the flow import reads them from here. The payload
     * ends where the UDP length says, or earlier where the IP packet or the capture ends.
     */
    private static void locateUdpPayload(byte[] d, int p, int end, int packetEnd, DecodedPacket out) {
        if (end - p < UDP_HEADER) return;
        int udpLength = u16(d, p + 4);
        if (udpLength < UDP_HEADER) return;
        int payloadEnd = Math.min(p + udpLength, Math.min(end, packetEnd));
        out.udpPayloadOffset = p + UDP_HEADER;
        out.udpPayloadLength = Math.max(0, payloadEnd - out.udpPayloadOffset);
    }

    private TransportDecoder() {}
}
