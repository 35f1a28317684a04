package org.flowbench.ingest.pcap;

/**
 * Counters of what the packet decoder saw. Every frame lands in exactly one outcome bucket
 * ({@link #ipPackets}, {@link #nonIp}, {@link #truncated}, {@link #malformed},
 * {@link #unsupportedLink}); the other counters are details that overlap those buckets.
 */
public final class DecodeStats {
    /** Key of {@link #nonIpPerEtherType} for frames that carry no EtherType (802.3/LLC, unknown loopback family). */
    public static final int NO_ETHERTYPE = 0;

    public long frames;
    public long ipPackets;
    public long nonIp;
    public long truncated;
    public long malformed;
    public long unsupportedLink;
    /** Frames cut by the snaplen (captured length below original length), whatever their outcome. */
    public long snaplenCut;
    /** IP packets whose transport header the snaplen cut: stored with ports, flags and ICMP fields 0. */
    public long transportCut;
    /** IP packets whose IP length leaves too little room for the transport header: stored with those fields 0. */
    public long transportShort;
    /** IPv4 packets with total length 0 (segmentation offload on the capturing host): length taken from the frame. */
    public long ipv4ZeroLength;
    /** IPv6 jumbograms (RFC 2675). */
    public long jumbograms;
    /** Frames that hit a decoder bug: counted as malformed instead of escaping; must stay 0. */
    public long decoderErrors;
    /** IP packets per IP protocol number (the IPv6 upper-layer protocol after the extension headers). */
    public final long[] perProtocol = new long[256];
    /** Frames per link type. */
    public final KeyCounter perLinkType = new KeyCounter();
    /** Non-IP frames per EtherType (ARP, LLDP, ...); {@link #NO_ETHERTYPE} for frames without one. */
    public final KeyCounter nonIpPerEtherType = new KeyCounter();
    /** Frames of link types the decoder does not read, per link type. */
    public final KeyCounter unsupportedPerLinkType = new KeyCounter();

    /** Sum of the outcome buckets; equals {@link #frames} by construction. */
    public long bucketTotal() {
        return ipPackets + nonIp + truncated + malformed + unsupportedLink;
    }

    /** Adds another decoder's counters, for imports that decode on several threads. */
    public void addAll(DecodeStats o) {
        frames += o.frames;
        ipPackets += o.ipPackets;
        nonIp += o.nonIp;
        truncated += o.truncated;
        malformed += o.malformed;
        unsupportedLink += o.unsupportedLink;
        snaplenCut += o.snaplenCut;
        transportCut += o.transportCut;
        transportShort += o.transportShort;
        ipv4ZeroLength += o.ipv4ZeroLength;
        jumbograms += o.jumbograms;
        decoderErrors += o.decoderErrors;
        for (int i = 0; i < perProtocol.length; i++) perProtocol[i] += o.perProtocol[i];
        perLinkType.addAll(o.perLinkType);
        nonIpPerEtherType.addAll(o.nonIpPerEtherType);
        unsupportedPerLinkType.addAll(o.unsupportedPerLinkType);
    }

    @Override
    public String toString() {
        return "frames=" + frames + " ip=" + ipPackets + " nonIp=" + nonIp + " truncated=" + truncated
                + " malformed=" + malformed + " unsupportedLink=" + unsupportedLink + " snaplenCut=" + snaplenCut
                + " transportCut=" + transportCut + " transportShort=" + transportShort
                + " ipv4ZeroLength=" + ipv4ZeroLength + " jumbograms=" + jumbograms
                + " decoderErrors=" + decoderErrors + " perLinkType=" + perLinkType
                + " nonIpPerEtherType=" + nonIpPerEtherType;
    }
}
