package org.flowbench.samples;

/** The attack vectors the samples teach, with the label filter that isolates each one. */
public enum AttackVector {
    NTP_AMPLIFICATION("NTP monlist reflection: UDP from port 123, 468-byte payloads",
            "dst_addr = %s AND proto = UDP AND src_port = 123"),
    DNS_AMPLIFICATION("DNS ANY reflection: large UDP responses from port 53, most of them IP-fragmented",
            "dst_addr = %s AND proto = UDP AND src_port IN (53, 0)"),
    SYN_FLOOD("TCP SYN flood from spoofed random sources, 40-byte SYNs without options",
            "dst_addr = %s AND proto = TCP AND dst_port = %d AND tcp_flags = SYN AND pkt_len = 40"),
    UDP_CARPET_BOMBING("UDP flood spread over every address of a /24, each host getting only a little",
            "dst_addr << %s AND proto = UDP"),
    MEMCACHED_AMPLIFICATION("memcached reflection: UDP from port 11211, large responses, some IP-fragmented",
            "dst_addr = %s AND proto = UDP AND src_port IN (11211, 0)"),
    IPV6_UDP_FLOOD("IPv6 UDP flood from many sources with random ports and 1024-byte payloads",
            "dst_addr = %s AND proto = UDP");

    private final String description;
    private final String filterTemplate;

    AttackVector(String description, String filterTemplate) {
        this.description = description;
        this.filterTemplate = filterTemplate;
    }

    public String description() {
        return description;
    }

    /** The Flowbench filter that matches exactly this attack's packets in a sample. */
    public String filter(String victim, int victimPort) {
        return this == SYN_FLOOD ? String.format(java.util.Locale.ROOT, filterTemplate, victim, victimPort) : String.format(java.util.Locale.ROOT, filterTemplate, victim);
    }
}
