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

    // draft-ietf-opsawg-pcap section 4: LinkType and additional information field.
    private static final long LINK_TYPE_MASK = 0x0000_FFFFL;
    private static final long RESERVED_MASK = 0x03FF_0000L;   // bits 16-25, must be zero
    private static final long FCS_PRESENT = 0x0400_0000L;     // bit 26, P: FCS length below is valid
    private static final int FCS_LENGTH_SHIFT = 28;           // bits 28-31, in 16-bit words

    /** The link type in the low 16 bits; reserved and FCS bits are dropped. */
    public static int fromHeaderField(long raw) {
        return (int) (raw & LINK_TYPE_MASK);
    }

    /** The reserved bits 16-25 of a pcap header's link-type field; non-zero means we cannot trust the file. */
    public static int reservedBits(long raw) {
        return (int) (raw & RESERVED_MASK);
    }

    /** FCS bytes at the end of every frame, as the link-type field declares them (0 when not declared). */
    public static int fcsBytes(long raw) {
        if ((raw & FCS_PRESENT) == 0) return 0;
        return (int) (((raw & 0xFFFF_FFFFL) >>> FCS_LENGTH_SHIFT) * 2);
    }
}
