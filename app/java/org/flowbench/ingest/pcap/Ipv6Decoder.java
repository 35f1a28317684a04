package org.flowbench.ingest.pcap;

import static org.flowbench.ingest.pcap.Bytes.u16;
import static org.flowbench.ingest.pcap.Bytes.u32;
import static org.flowbench.ingest.pcap.Bytes.u64;
import static org.flowbench.ingest.pcap.Bytes.u8;

import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/**
 * Reads an IPv6 header (RFC 8200) and walks its extension-header chain to the upper-layer
 * protocol, which is what Flowspec's IPv6 "upper-layer protocol" component matches (RFC 8956 section 3.1).
 */
final class Ipv6Decoder {
    static final int HEADER = 40;
    private static final int HOP_BY_HOP = 0, ROUTING = 43, FRAGMENT = 44, AH = 51, DESTINATION = 60, MOBILITY = 135, HIP = 139, SHIM6 = 140;
    private static final int MIN_EXTENSION = 8;
    private static final int JUMBO_OPTION = 0xC2, PAD1 = 0; // RFC 2675 section 2, RFC 8200 section 4.2

    private final FrameProblem problem;

    int payloadOffset;
    int packetEnd;
    boolean nonFirstFragment;
    boolean jumbogram;
    private Outcome problemOutcome;

    Ipv6Decoder(FrameProblem problem) {
        this.problem = problem;
    }

    Outcome decode(byte[] d, int p, int end, int wireEnd, DecodedPacket out) {
        int available = end - p;
        if (available < 1) return problem.shortOf(p, "IPv6 header", HEADER, available);
        int version = u8(d, p) >> 4;
        if (version != 6) return problem.malformed(p, "IPv6 header", "version 6", 0, "version %d", version);
        if (available < HEADER) return problem.shortOf(p, "IPv6 header", HEADER, available);

        long onWire = wireEnd - p;
        long payloadLength = u16(d, p + 4);
        int next = u8(d, p + 6);
        int cursor = p + HEADER;
        jumbogram = false;
        if (payloadLength == 0 && next == HOP_BY_HOP) {
            long jumbo = jumboLength(d, cursor, end);
            if (jumbo < 0) return problemOutcome;
            if (jumbo > 0) {
                payloadLength = jumbo;
                jumbogram = true;
            }
        }
        if (HEADER + payloadLength > onWire) {
            return problem.malformed(p + 4, jumbogram ? "IPv6 jumbo payload length" : "IPv6 payload length",
                    "at most the %d bytes on the wire after the fixed header", Math.max(0, onWire - HEADER),
                    "%d", payloadLength);
        }
        int payloadEnd = (int) (p + HEADER + payloadLength);

        int frag = 0;
        nonFirstFragment = false;
        chain:
        while (true) {
            switch (next) {
                case HOP_BY_HOP: case ROUTING: case DESTINATION: case MOBILITY: case HIP: case SHIM6: case AH:
                case FRAGMENT:
                    break;
                default:
                    break chain; // upper layer; ESP and No Next Header end the chain too (RFC 8200 section 4.7)
            }
            if (payloadEnd - cursor < MIN_EXTENSION) return beyondPayload(cursor, next, MIN_EXTENSION, payloadEnd);
            if (end - cursor < MIN_EXTENSION) return problem.shortOf(cursor, name(next), MIN_EXTENSION, end - cursor);
            if (next == FRAGMENT) {
                int offsetField = u16(d, cursor + 2);
                int fragmentOffset = offsetField >> 3;
                boolean more = (offsetField & 1) != 0;
                if (fragmentOffset != 0) frag |= DecodedPacket.FRAG_IS;
                if (fragmentOffset == 0 && more) frag |= DecodedPacket.FRAG_FIRST;
                if (fragmentOffset != 0 && !more) frag |= DecodedPacket.FRAG_LAST;
                next = u8(d, cursor);
                cursor += MIN_EXTENSION;
                if (fragmentOffset != 0) {
                    nonFirstFragment = true; // what follows is the middle of the upper-layer data
                    break chain;
                }
                continue;
            }
            // AH counts its length in 4-octet units minus 2 (RFC 4302 section 2.2); the rest in 8-octet units minus 1.
            int length = next == AH ? (u8(d, cursor + 1) + 2) * 4 : (u8(d, cursor + 1) + 1) * 8;
            if (payloadEnd - cursor < length) return beyondPayload(cursor, next, length, payloadEnd);
            if (end - cursor < length) return problem.shortOf(cursor, name(next), length, end - cursor);
            next = u8(d, cursor);
            cursor += length;
        }

        out.ipVersion = 6;
        out.dscp = (u16(d, p) >> 4 & 0xFF) >> 2;
        out.proto = next;
        out.srcHi = u64(d, p + 8);
        out.srcLo = u64(d, p + 16);
        out.dstHi = u64(d, p + 24);
        out.dstLo = u64(d, p + 32);
        out.frag = frag;
        out.ipBytes = HEADER + payloadLength;
        out.pktLen = (int) Math.min(out.ipBytes, 0xFFFF);
        payloadOffset = cursor;
        packetEnd = payloadEnd;
        return Outcome.IP;
    }

    /**
     * RFC 2675: payload length 0 with a Jumbo Payload option in the hop-by-hop header.
     * @return the jumbo payload length, 0 when there is none, -1 on a problem ({@link #problemOutcome})
     */
    private long jumboLength(byte[] d, int hbh, int end) {
        if (end - hbh < MIN_EXTENSION) {
            problemOutcome = problem.shortOf(hbh, "IPv6 hop-by-hop header", MIN_EXTENSION, end - hbh);
            return -1;
        }
        int length = (u8(d, hbh + 1) + 1) * 8;
        if (end - hbh < length) {
            problemOutcome = problem.shortOf(hbh, "IPv6 hop-by-hop header", length, end - hbh);
            return -1;
        }
        int option = hbh + 2;
        int optionsEnd = hbh + length;
        while (option < optionsEnd) {
            int type = u8(d, option);
            if (type == PAD1) {
                option++;
                continue;
            }
            if (optionsEnd - option < 2) break;
            int optionLength = u8(d, option + 1);
            if (type == JUMBO_OPTION && optionLength == 4 && optionsEnd - option >= 6) return u32(d, option + 2);
            option += 2 + optionLength;
        }
        return 0;
    }

    private Outcome beyondPayload(int cursor, int header, int needed, int payloadEnd) {
        return problem.malformed(cursor, name(header), "%d bytes within the IPv6 payload length", needed,
                "%d bytes left", Math.max(0, payloadEnd - cursor));
    }

    private static String name(int header) {
        switch (header) {
            case HOP_BY_HOP: return "IPv6 hop-by-hop header";
            case ROUTING: return "IPv6 routing header";
            case FRAGMENT: return "IPv6 fragment header";
            case DESTINATION: return "IPv6 destination options header";
            case AH: return "IPv6 authentication header";
            case MOBILITY: return "IPv6 mobility header";
            case HIP: return "IPv6 HIP header";
            case SHIM6: return "IPv6 shim6 header";
            default: return "IPv6 extension header";
        }
    }
}
