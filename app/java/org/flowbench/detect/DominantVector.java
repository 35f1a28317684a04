package org.flowbench.detect;

import org.flowbench.schema.Protocols;

/**
 * What most of an alert's traffic looked like: the protocol carrying the most bytes and its
 * share of them, the source and destination ports that carry at least half of that
 * protocol's bytes (null when none does: random or spoofed ports), and the packet-weighted
 * median size of that protocol's packets.
 */
public record DominantVector(int proto, Integer srcPort, Integer dstPort, int medianPacketSize, double share) {
    public String display() {
        return String.format(java.util.Locale.ROOT, "%s sport %s dport %s, %d B median (%.0f%% of bytes)",
                Protocols.name(proto), srcPort == null ? "*" : srcPort, dstPort == null ? "*" : dstPort,
                medianPacketSize, share * 100);
    }
}
