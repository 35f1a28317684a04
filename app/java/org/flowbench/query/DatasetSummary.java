package org.flowbench.query;

import java.time.Instant;
import java.util.List;
import org.flowbench.store.DatasetStatus;

/**
 * What a dataset holds at a glance. Packets and bytes are scaled by the sampling rate (equal
 * to what was captured for pcaps); addresses are text, IPv4 as dotted quads.
 */
public record DatasetSummary(long datasetId, String name, DatasetStatus status, Instant firstTs, Instant lastTs,
                             long packets, long bytes, long rows, long flows, List<ProtocolTotal> protocols,
                             List<AddressTotal> topDestinations, List<AddressTotal> topSources) {
    public record ProtocolTotal(int proto, String name, long packets, long bytes) {}

    public record AddressTotal(String address, long packets, long bytes) {}
}
