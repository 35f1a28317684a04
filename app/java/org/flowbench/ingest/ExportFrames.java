package org.flowbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.ExporterStats;
import org.flowbench.ingest.flow.ExporterStatsTable;
import org.flowbench.ingest.flow.FlowExportDecoder;
import org.flowbench.ingest.flow.FlowProtocol;
import org.flowbench.ingest.flow.FlowRecordBatcher;
import org.flowbench.ingest.flow.SflowDecoder;
import org.flowbench.ingest.flow.TemplateCache;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowSink;

/**
 * The flow-export side of a capture import: each UDP payload that holds a NetFlow, IPFIX or
 * sFlow datagram is decoded, and its records become rows (one per record). The datagram's
 * source address is the exporter, the capture time its receive time.
 */
final class ExportFrames {
    private final ExporterStatsTable stats = new ExporterStatsTable();
    private final FlowExportDecoder netflow;
    private final SflowDecoder sflow;
    private final FlowRecordBatcher batcher;
    private final ExportDatagram datagram = new ExportDatagram();
    private long datagrams;
    private long otherPackets;

    ExportFrames(FlowSink sink, int batchRows, DamageLog damage) {
        this.netflow = new FlowExportDecoder(new TemplateCache(), stats, damage);
        this.sflow = new SflowDecoder(damage);
        this.batcher = new FlowRecordBatcher(sink, batchRows);
    }

    /** Takes one decoded IP packet; packets that carry no export are counted and skipped. */
    void accept(CapturedPacket frame, DecodedPacket packet) {
        if (packet.udpPayloadOffset < 0
                || FlowProtocol.sniff(frame.data, packet.udpPayloadOffset, packet.udpPayloadLength) == FlowProtocol.UNKNOWN) {
            otherPackets++;
            return;
        }
        ExportDatagram d = datagram;
        d.exporterHi = packet.srcHi;
        d.exporterLo = packet.srcLo;
        d.exporterPort = packet.srcPort;
        d.receivedMicros = Math.multiplyExact(frame.epochSeconds, 1_000_000L) + frame.nanos / 1000;
        d.data = frame.data;
        d.offset = packet.udpPayloadOffset;
        d.length = packet.udpPayloadLength;
        d.fileOffset = frame.fileOffset;
        datagrams++;
        if (netflow.decode(d, batcher) == FlowProtocol.SFLOW5) {
            sflow.decode(d, stats.of(d), batcher);
        }
    }

    /** Flushes the last rows and reports data still waiting for a template; rethrows a store failure. */
    void finish() throws Exception {
        netflow.finish();
        batcher.finish();
    }

    long datagrams() { return datagrams; }

    long records() { return batcher.records(); }

    /** IP packets in the capture that carried no flow export (other traffic on the wire). */
    long otherPackets() { return otherPackets; }

    List<ExporterReport> exporterReports() {
        List<ExporterReport> reports = new ArrayList<>();
        for (Map.Entry<ExporterStatsTable.Exporter, ExporterStats> e : stats.byExporter().entrySet()) {
            reports.add(report(Addresses.format(e.getKey().hi(), e.getKey().lo()), e.getValue()));
        }
        if (stats.others().datagrams > 0) reports.add(report("other exporters", stats.others()));
        return reports;
    }

    ExporterStats totals() { return stats.total(); }

    private static ExporterReport report(String exporter, ExporterStats s) {
        return new ExporterReport(exporter, s.datagrams, s.records, s.sequenceGaps, s.unknownTemplates, s.malformed,
                s.templates, s.optionsRecords, s.countersSkipped);
    }
}
