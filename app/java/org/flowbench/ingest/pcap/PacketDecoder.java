package org.flowbench.ingest.pcap;

import org.flowbench.ingest.decode.Damage;

/**
 * Decodes one frame's link layer, IP header and transport header into a {@link DecodedPacket}.
 * Pure: bytes in, fields out; counts what it saw in its {@link DecodeStats}. Allocates nothing
 * per frame and throws on no input. Tunnels (GRE, IP-in-IP, VXLAN, GENEVE...) are not opened:
 * the outer IP packet is what a router's Flowspec matches (docs/decisions/0020). Not thread-safe:
 * one decoder per thread.
 */
public final class PacketDecoder {
    /** What became of one frame. */
    public enum Outcome { IP, NON_IP, TRUNCATED, MALFORMED, UNSUPPORTED_LINK }

    private final DecodeStats stats = new DecodeStats();
    private final FrameProblem problem = new FrameProblem();
    private final LinkDecoder link = new LinkDecoder(problem);
    private final Ipv4Decoder ipv4 = new Ipv4Decoder(problem);
    private final Ipv6Decoder ipv6 = new Ipv6Decoder(problem);

    public DecodeStats stats() { return stats; }

    /**
     * @param linkType       LINKTYPE_* value of the capture interface
     * @param data           buffer holding the frame
     * @param offset         where the frame starts in {@code data}
     * @param capturedLength bytes of the frame present in {@code data}
     * @param originalLength bytes of the frame on the wire (at least {@code capturedLength})
     * @param out            filled when the result is {@link Outcome#IP}, cleared otherwise
     * @return {@link Outcome#IP} when {@code out} holds a packet to store; anything else is
     *     counted in {@link #stats()} and {@link #lastProblem()} says why.
     */
    public Outcome decode(int linkType, byte[] data, int offset, int capturedLength, int originalLength,
                          DecodedPacket out) {
        stats.frames++;
        stats.perLinkType.increment(linkType);
        boolean cut = capturedLength < originalLength;
        if (cut) stats.snaplenCut++;
        out.clear();
        problem.reset(offset, cut);
        Outcome outcome;
        try {
            outcome = decodeFrame(linkType, data, offset, capturedLength, Math.max(capturedLength, originalLength), out);
        } catch (RuntimeException e) {
            // Defence in depth: a decoder bug costs one frame, not the import. The fuzz test keeps this at 0.
            stats.decoderErrors++;
            outcome = problem.internalError(e, offset);
        }
        if (outcome != Outcome.IP) out.clear();
        count(outcome, linkType, out);
        return outcome;
    }

    /** Why the last frame was not {@link Outcome#IP}, in one line, for the damage log; null otherwise. */
    public String lastProblem() { return problem.text(); }

    /** Offset inside the last frame where its problem was found; -1 when there was none. */
    public int lastProblemOffset() { return problem.present() ? problem.offsetInFrame() : -1; }

    /**
     * The last frame's problem as a damage entry, placed in the file.
     *
     * @param frameFileOffset where the frame's first byte is in the (uncompressed) file
     */
    public Damage lastDamage(long frameFileOffset) { return problem.damage(frameFileOffset); }

    private Outcome decodeFrame(int linkType, byte[] data, int offset, int capturedLength, int originalLength,
                                DecodedPacket out) {
        if (data == null || offset < 0 || capturedLength < 0 || offset > data.length - capturedLength) {
            return problem.malformed(offset, "frame", "bounds inside the %d-byte buffer",
                    data == null ? 0 : data.length, "capturedLength %d", capturedLength);
        }
        int end = offset + capturedLength;
        int wireEnd = (int) Math.min(Integer.MAX_VALUE, (long) offset + originalLength);

        Outcome outcome = link.decode(linkType, data, offset, end);
        if (outcome != Outcome.IP) return outcome;
        int p = link.netOffset;
        int kind = link.netKind;
        if (kind == LinkDecoder.NET_BY_VERSION) {
            if (end - p < 1) return problem.shortOf(p, "IP header", Ipv4Decoder.MIN_HEADER, end - p);
            kind = (data[p] & 0xFF) >> 4;
            if (kind != 4 && kind != 6) {
                return problem.malformed(p, "IP header", "version 4 or 6", 0, "version %d", kind);
            }
        }

        int payload;
        int packetEnd;
        boolean nonFirstFragment;
        if (kind == LinkDecoder.NET_IPV4) {
            outcome = ipv4.decode(data, p, end, wireEnd, out);
            if (outcome != Outcome.IP) return outcome;
            if (ipv4.zeroLength) stats.ipv4ZeroLength++;
            payload = ipv4.payloadOffset;
            packetEnd = ipv4.packetEnd;
            nonFirstFragment = ipv4.nonFirstFragment;
        } else {
            outcome = ipv6.decode(data, p, end, wireEnd, out);
            if (outcome != Outcome.IP) return outcome;
            if (ipv6.jumbogram) stats.jumbograms++;
            payload = ipv6.payloadOffset;
            packetEnd = ipv6.packetEnd;
            nonFirstFragment = ipv6.nonFirstFragment;
        }
        out.vlan = link.vlan;

        if (!nonFirstFragment) { // RFC 8955 section 4.2.2: non-first fragments carry no transport header
            int transport = TransportDecoder.decode(out.proto, data, payload, end, packetEnd, out);
            if (transport == TransportDecoder.CUT_BY_SNAPLEN) stats.transportCut++;
            else if (transport == TransportDecoder.SHORTER_THAN_HEADER) stats.transportShort++;
        }
        return Outcome.IP;
    }

    private void count(Outcome outcome, int linkType, DecodedPacket out) {
        switch (outcome) {
            case IP:
                stats.ipPackets++;
                stats.perProtocol[out.proto & 0xFF]++;
                break;
            case NON_IP:
                stats.nonIp++;
                stats.nonIpPerEtherType.increment(link.nonIpKey);
                break;
            case TRUNCATED:
                stats.truncated++;
                break;
            case MALFORMED:
                stats.malformed++;
                break;
            case UNSUPPORTED_LINK:
                stats.unsupportedLink++;
                stats.unsupportedPerLinkType.increment(linkType);
                break;
        }
    }
}
