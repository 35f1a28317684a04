package org.flowbench.ingest.pcap;

import static org.flowbench.ingest.pcap.Bytes.u16;
import static org.flowbench.ingest.pcap.Bytes.u32;
import static org.flowbench.ingest.pcap.Bytes.u8;

import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/** Reads an IPv4 header (RFC 791) into a {@link DecodedPacket}; options are skipped. */
final class Ipv4Decoder {
    static final int MIN_HEADER = 20;
    static final long MAPPED_PREFIX = 0x0000_FFFF_0000_0000L; // ::ffff:0:0/96, RFC 4291 section 2.5.5.2
    private static final int DF = 0x4000, MF = 0x2000, OFFSET_MASK = 0x1FFF;

    private final FrameProblem problem;

    /** Where the transport header starts, and where the IP packet ends (may lie past the captured bytes). */
    int payloadOffset;
    int packetEnd;
    boolean nonFirstFragment;
    /** Total length was 0 and was taken from the frame (segmentation offload). */
    boolean zeroLength;

    Ipv4Decoder(FrameProblem problem) {
        this.problem = problem;
    }

    /**
     * @param end     end of the captured bytes
     * @param wireEnd end of the frame as it was on the wire (past {@code end} when the snaplen cut it)
     */
    Outcome decode(byte[] d, int p, int end, int wireEnd, DecodedPacket out) {
        int available = end - p;
        if (available < 1) return problem.shortOf(p, "IPv4 header", MIN_HEADER, available);
        int version = u8(d, p) >> 4;
        if (version != 4) return problem.malformed(p, "IPv4 header", "version 4", 0, "version %d", version);
        if (available < MIN_HEADER) return problem.shortOf(p, "IPv4 header", MIN_HEADER, available);
        int ihl = u8(d, p) & 0x0F;
        if (ihl < 5) return problem.malformed(p, "IPv4 header", "IHL >= 5", 0, "IHL %d", ihl);
        int headerLength = ihl * 4;
        if (available < headerLength) return problem.shortOf(p, "IPv4 header with options", headerLength, available);

        int onWire = wireEnd - p;
        int totalLength = u16(d, p + 2);
        zeroLength = totalLength == 0;
        // Wireshark's reading too: 0 means the capturing host's NIC was to segment the packet (TSO).
        if (zeroLength) totalLength = onWire;
        if (totalLength < headerLength) {
            return problem.malformed(p + 2, "IPv4 total length", "at least the header length, %d", headerLength,
                    "%d", totalLength);
        }
        // RFC 1812 section 5.2.2: a router drops a packet longer than the frame that carries it.
        if (totalLength > onWire) {
            return problem.malformed(p + 2, "IPv4 total length", "at most the %d bytes on the wire", onWire,
                    "%d", totalLength);
        }

        int fragmentField = u16(d, p + 6);
        int fragmentOffset = fragmentField & OFFSET_MASK;
        boolean moreFragments = (fragmentField & MF) != 0;
        // RFC 8955 section 4.2.2.12
        int frag = (fragmentField & DF) != 0 ? DecodedPacket.FRAG_DF : 0;
        if (fragmentOffset != 0) frag |= DecodedPacket.FRAG_IS;
        if (fragmentOffset == 0 && moreFragments) frag |= DecodedPacket.FRAG_FIRST;
        if (fragmentOffset != 0 && !moreFragments) frag |= DecodedPacket.FRAG_LAST;

        out.ipVersion = 4;
        out.dscp = u8(d, p + 1) >> 2;
        out.proto = u8(d, p + 9);
        out.srcHi = 0;
        out.srcLo = MAPPED_PREFIX | u32(d, p + 12);
        out.dstHi = 0;
        out.dstLo = MAPPED_PREFIX | u32(d, p + 16);
        out.frag = frag;
        out.ipBytes = totalLength;
        out.pktLen = Math.min(totalLength, 0xFFFF);
        payloadOffset = p + headerLength;
        packetEnd = p + totalLength;
        nonFirstFragment = fragmentOffset != 0;
        return Outcome.IP;
    }
}
