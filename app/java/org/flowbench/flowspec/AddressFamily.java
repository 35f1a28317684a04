package org.flowbench.flowspec;

/** The two Flowspec address families: RFC 8955 (AFI 1, SAFI 133) and RFC 8956 (AFI 2, SAFI 133). */
public enum AddressFamily {
    IPV4(1, 32),
    IPV6(2, 128);

    private final int afi;
    private final int bits;

    AddressFamily(int afi, int bits) {
        this.afi = afi;
        this.bits = bits;
    }

    public int afi() { return afi; }

    /** Address width in bits. */
    public int bits() { return bits; }

    /** ICMP's protocol number in this family: 1 for ICMP, 58 for ICMPv6. */
    public int icmpProtocol() { return this == IPV4 ? 1 : 58; }
}
