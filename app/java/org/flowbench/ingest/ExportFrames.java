package org.flowbench.ingest;

import java.util.List;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.ExporterStats;
import org.flowbench.ingest.flow.FlowProtocol;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.schema.FlowSink;

/**
 * The flow-export side of a capture import: each UDP payload that holds a NetFlow, IPFIX or
 * sFlow datagram is decoded, and its records become rows (one per record). The datagram's
 * source address is the exporter, the capture time its receive time. The decoding itself is
 * {@link ExportRouter}'s, shared with the live collector.
 */
final class ExportFrames implements IpPacketConsumer {
    private final ExportRouter router;
    private final ExportDatagram datagram = new ExportDatagram();
    private long otherPackets;

    ExportFrames(FlowSink sink, int batchRows, DamageLog damage) {
        this.router = new ExportRouter(sink, batchRows, damage);
    }

    /** Takes one decoded IP packet; packets that carry no export are counted and skipped. */
    @Override
    public void accept(CapturedPacket frame, DecodedPacket packet) {
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
        router.route(d);
    }

    /** Flushes the last rows and reports data still waiting for a template; rethrows a store failure. */
    @Override
    public void finish() throws Exception {
        router.finish();
    }

    long datagrams() { return router.datagrams(); }

    long records() { return router.records(); }

    /** IP packets in the capture that carried no flow export (other traffic on the wire). */
    long otherPackets() { return otherPackets; }

    List<ExporterReport> exporterReports() { return router.exporterReports(); }

    ExporterStats totals() { return router.totals(); }
}
