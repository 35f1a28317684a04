package org.flowbench.ui.explore;

import java.util.Map;
import org.flowbench.ingest.pcap.LinkType;

/** Readable names for the LINKTYPE_* values in an import report. */
final class LinkTypeNames {
    private static final Map<Integer, String> NAMES = Map.of(
            LinkType.NULL, "BSD loopback",
            LinkType.ETHERNET, "Ethernet",
            LinkType.RAW, "Raw IP",
            LinkType.LOOP, "OpenBSD loopback",
            LinkType.LINUX_SLL, "Linux cooked (SLL)",
            LinkType.IPV4, "Raw IPv4",
            LinkType.IPV6, "Raw IPv6",
            LinkType.LINUX_SLL2, "Linux cooked v2 (SLL2)");

    private LinkTypeNames() {}

    static String of(int linkType) {
        String name = NAMES.get(linkType);
        return name == null ? "LINKTYPE " + linkType : name + " (" + linkType + ")";
    }
}
