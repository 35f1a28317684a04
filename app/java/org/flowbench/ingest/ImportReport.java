package org.flowbench.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.store.DatasetStatus;

/**
 * What one import read and stored, kept as JSON in the dataset row and shown to the user.
 *
 * @param packets         frames read from the file
 * @param ipPackets       IP packets stored (aggregated into rows)
 * @param ipBytes         layer-3 bytes of the stored packets
 * @param rows            rows written to {@code flows}
 * @param nonIp           frames without IP (ARP, LLDP, ...), counted not stored
 * @param truncated       frames whose IP header was cut by the snaplen
 * @param snaplenCut      frames shorter than on the wire, whatever their outcome
 * @param malformed       frames whose headers were inconsistent
 * @param unsupportedLink frames of link types we cannot decode
 * @param perLinkType     frames per LINKTYPE_* value
 * @param perProtocol     IP packets per protocol name or number
 * @param damage          the first damaged places, with file offsets
 * @param damageTotal     how many damaged places there were in all
 * @param kind            {@link #PACKETS}, {@link #FLOW_EXPORTS} or {@link #LIVE_FLOWS}: what the rows were made from
 * @param exporters       per-exporter counters of a flow-export import, empty for packets
 */
public record ImportReport(long datasetId, String file, DatasetStatus status, String message,
                           long packets, long ipPackets, long ipBytes, long rows, long nonIp,
                           long truncated, long snaplenCut, long malformed, long unsupportedLink,
                           Instant firstPacket, Instant lastPacket,
                           Map<Integer, Long> perLinkType, Map<String, Long> perProtocol,
                           List<Damage> damage, long damageTotal, double seconds,
                           String kind, List<ExporterReport> exporters) {
    public static final String PACKETS = "packets";
    public static final String FLOW_EXPORTS = "flow exports";
    /** A live collector session: flow exports received on UDP sockets. */
    public static final String LIVE_FLOWS = "live flows";

    public ImportReport {
        // reports saved before flow exports existed have neither field
        if (kind == null) kind = PACKETS;
        exporters = exporters == null ? List.of() : List.copyOf(exporters);
    }

    /** A packet import's report. */
    public ImportReport(long datasetId, String file, DatasetStatus status, String message,
                        long packets, long ipPackets, long ipBytes, long rows, long nonIp,
                        long truncated, long snaplenCut, long malformed, long unsupportedLink,
                        Instant firstPacket, Instant lastPacket,
                        Map<Integer, Long> perLinkType, Map<String, Long> perProtocol,
                        List<Damage> damage, long damageTotal, double seconds) {
        this(datasetId, file, status, message, packets, ipPackets, ipBytes, rows, nonIp, truncated, snaplenCut,
                malformed, unsupportedLink, firstPacket, lastPacket, perLinkType, perProtocol, damage, damageTotal,
                seconds, PACKETS, List.of());
    }
}
