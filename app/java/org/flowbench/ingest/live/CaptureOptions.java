package org.flowbench.ingest.live;

/**
 * What to capture and how.
 *
 * @param interfaceName the interface as libpcap names it ({@code eth0}, {@code lo}, {@code \Device\NPF_{...}})
 * @param bpf           a tcpdump-style capture filter, or null for every packet
 * @param promiscuous   also capture frames not addressed to this host (off by default: a laptop
 *                      on a shared segment should not read its neighbours' traffic unasked)
 * @param snaplen       bytes kept per frame; see {@link #DEFAULT_SNAPLEN}
 * @param datasetName   the dataset's name, or null for "IF capture" with the start time
 */
public record CaptureOptions(String interfaceName, String bpf, boolean promiscuous, int snaplen, String datasetName) {
    /**
     * Flowbench stores headers only, and 256 bytes hold Ethernet with QinQ and MPLS labels, an
     * IPv6 header with a chain of extension headers and a TCP header with full options; less
     * to copy per packet (pcap4j copies every frame into a Java array) and more packets in the
     * kernel ring before it drops. IP bytes come from the IP header, so totals stay exact.
     */
    public static final int DEFAULT_SNAPLEN = 256;

    public CaptureOptions {
        if (interfaceName == null || interfaceName.isBlank()) throw new IllegalArgumentException("an interface is required");
        if (bpf != null && bpf.isBlank()) bpf = null;
        if (snaplen < 64 || snaplen > 262_144) throw new IllegalArgumentException("snaplen must lie in 64..262144");
    }

    public static CaptureOptions of(String interfaceName, String bpf) {
        return new CaptureOptions(interfaceName, bpf, false, DEFAULT_SNAPLEN, null);
    }

    /** How the capture names itself in reports: the interface, with its filter when there is one. */
    public String source() {
        return "interface " + interfaceName + (bpf == null ? "" : " (filter: " + bpf + ")");
    }
}
