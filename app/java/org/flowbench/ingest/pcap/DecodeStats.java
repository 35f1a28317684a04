package org.flowbench.ingest.pcap;

import java.util.Map;
import java.util.TreeMap;

/** Counters of what the packet decoder saw: every frame lands in exactly one outcome bucket. */
public final class DecodeStats {
    public long frames;
    public long ipPackets;
    public long nonIp;
    public long truncated;
    public long malformed;
    public long unsupportedLink;
    /** Frames cut by the snaplen (captured length below original length), whatever their outcome. */
    public long snaplenCut;
    /** IP packets per IP protocol number. */
    public final long[] perProtocol = new long[256];
    /** Frames per link type. */
    public final Map<Integer, Long> perLinkType = new TreeMap<>();
    /** Non-IP frames per EtherType (or link-layer protocol). */
    public final Map<Integer, Long> nonIpPerEtherType = new TreeMap<>();
}
