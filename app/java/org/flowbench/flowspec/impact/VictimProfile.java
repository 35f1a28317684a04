package org.flowbench.flowspec.impact;

import java.util.List;
import org.flowbench.flowspec.IpPrefix;

/**
 * What the traffic to a victim looked like during an attack window, packets weighted by sampling
 * rate: the facts rules are proposed from.
 *
 * @param protocolShare      share of packets carried by {@code protocol}
 * @param sourcePorts        dominant source ports, most packets first (empty when none dominates)
 * @param destinationPorts   dominant destination ports, likewise
 * @param portsShare         share of the protocol's port-carrying packets the source (else destination) ports cover
 * @param tcpFlags           the dominant TCP flags octet, or -1
 * @param lengthPercentiles  packet length at 0, 10, 25, 75, 90 and 100 percent of the port-carrying packets
 * @param nonFirstFragments  share of the protocol's packets that are non-first fragments
 */
public record VictimProfile(IpPrefix victim, double packets, int protocol, double protocolShare,
                            List<Integer> sourcePorts, List<Integer> destinationPorts, double portsShare,
                            int tcpFlags, int[] lengthPercentiles, double nonFirstFragments) {
    public static final int P0 = 0, P10 = 1, P25 = 2, P75 = 3, P90 = 4, P100 = 5;

    public VictimProfile {
        sourcePorts = List.copyOf(sourcePorts);
        destinationPorts = List.copyOf(destinationPorts);
        lengthPercentiles = lengthPercentiles.clone();
    }

    public boolean isEmpty() { return packets <= 0; }

    public int length(int which) { return lengthPercentiles[which]; }
}
