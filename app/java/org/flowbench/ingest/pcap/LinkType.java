package org.flowbench.ingest.pcap;

/** LINKTYPE_* values from the tcpdump.org link-layer header types registry that we decode. */
public final class LinkType {
    private LinkType() {}

    public static final int NULL = 0;          // BSD loopback, host byte order family
    public static final int ETHERNET = 1;
    public static final int PPP = 9;           // RFC 1661, with or without the RFC 1662 0xff 0x03 prefix
    /** DLT_RAW as most platforms number it; some old files carry it instead of {@link #RAW}. */
    public static final int RAW_DLT12 = 12;
    /** DLT_RAW as OpenBSD numbers it; some old files carry it instead of {@link #RAW}. */
    public static final int RAW_DLT14 = 14;
    public static final int PPP_HDLC = 50;     // PPP in HDLC-like framing (RFC 1662)
    public static final int RAW = 101;         // raw IPv4 or IPv6, version from the first nibble
    public static final int C_HDLC = 104;      // Cisco HDLC: address, control, EtherType
    public static final int LOOP = 108;        // OpenBSD loopback, network byte order family
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    /** pcap stores FCS length and flags in the upper bits of the link-type field. */
    public static int fromHeaderField(long raw) {
        return (int) (raw & 0x0FFFFFFL);
    }
}
