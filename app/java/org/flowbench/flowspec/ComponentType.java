package org.flowbench.flowspec;

/** Flowspec component types, RFC 8955 section 4.2.2 and RFC 8956 section 3 (type 13 is IPv6 only). */
public enum ComponentType {
    DESTINATION_PREFIX(1, Kind.PREFIX, 0, "destination prefix"),
    SOURCE_PREFIX(2, Kind.PREFIX, 0, "source prefix"),
    IP_PROTOCOL(3, Kind.NUMERIC, 0xFF, "IP protocol"),
    PORT(4, Kind.NUMERIC, 0xFFFF, "port"),
    DESTINATION_PORT(5, Kind.NUMERIC, 0xFFFF, "destination port"),
    SOURCE_PORT(6, Kind.NUMERIC, 0xFFFF, "source port"),
    ICMP_TYPE(7, Kind.NUMERIC, 0xFF, "ICMP type"),
    ICMP_CODE(8, Kind.NUMERIC, 0xFF, "ICMP code"),
    TCP_FLAGS(9, Kind.BITMASK, 0xFFFF, "TCP flags"),
    PACKET_LENGTH(10, Kind.NUMERIC, 0xFFFF, "packet length"),
    DSCP(11, Kind.NUMERIC, 0x3F, "DSCP"),
    FRAGMENT(12, Kind.BITMASK, 0x0F, "fragment"),
    FLOW_LABEL(13, Kind.NUMERIC, 0xFFFFF, "flow label");

    /** How a component's value is written on the wire. */
    public enum Kind { PREFIX, NUMERIC, BITMASK }

    private final int code;
    private final Kind kind;
    private final long maxValue;
    private final String label;

    ComponentType(int code, Kind kind, long maxValue, String label) {
        this.code = code;
        this.kind = kind;
        this.maxValue = maxValue;
        this.label = label;
    }

    /** The type octet on the wire. */
    public int code() { return code; }

    public Kind kind() { return kind; }

    /** Largest meaningful value (numeric) or mask (bitmask); 0 for prefixes. */
    public long maxValue() { return maxValue; }

    /** Human-readable name for messages. */
    public String label() { return label; }

    /** Types 4 to 9 need a transport (or ICMP) header, so they never match a non-first fragment (RFC 8955 4.2.2.4-9). */
    public boolean needsTransportHeader() { return code >= 4 && code <= 9; }

    public static ComponentType ofCode(int code) {
        for (ComponentType t : values()) if (t.code == code) return t;
        throw new IllegalArgumentException("unknown Flowspec component type " + code);
    }
}
