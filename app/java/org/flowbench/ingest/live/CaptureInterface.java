package org.flowbench.ingest.live;

import java.util.List;

/**
 * An interface libpcap can capture on.
 *
 * @param addresses its IP addresses as text, IPv4 and IPv6
 */
public record CaptureInterface(String name, String description, List<String> addresses, boolean loopback, boolean up) {
    public CaptureInterface {
        addresses = List.copyOf(addresses);
    }
}
