package org.flowbench.schema;

/** IANA protocol numbers the report names; others are shown as their number. */
public final class Protocols {
    private Protocols() {}

    /** "TCP", "UDP", ... or the number as text. */
    public static String name(int proto) {
        return switch (proto) {
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 4 -> "IPIP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 41 -> "IPv6";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 51 -> "AH";
            case 58 -> "ICMPv6";
            case 89 -> "OSPF";
            case 103 -> "PIM";
            case 112 -> "VRRP";
            case 132 -> "SCTP";
            default -> Integer.toString(proto);
        };
    }
}
