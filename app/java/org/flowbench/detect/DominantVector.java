package org.flowbench.detect;

import org.flowbench.schema.Protocols;

/**
 * What most of an alert's traffic looked like, by bytes: the top protocol and source port
 * (the amplification signature), the top destination port, and the packet-weighted median
 * packet size, with the share of the alert's bytes the top protocol and source port carry.
 */
public record DominantVector(int proto, int srcPort, int dstPort, int medianPacketSize, double share) {
    public String display() {
        return String.format(java.util.Locale.ROOT, "%s sport %d dport %d, %d B median (%.0f%% of bytes)",
                Protocols.name(proto), srcPort, dstPort, medianPacketSize, share * 100);
    }
}
