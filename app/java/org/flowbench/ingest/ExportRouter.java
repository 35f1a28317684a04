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
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowSink;

/**
 * Sends each export datagram to its decoder (NetFlow/IPFIX, or sFlow) and its records, as rows,
 * to a sink: the one wiring shared by capture imports ({@link ExportFrames}) and the live
 * collector. Single-threaded, like the decoders it holds.
 */
public final class ExportRouter {
    private final ExporterStatsTable stats = new ExporterStatsTable();
    private final FlowExportDecoder netflow;
    private final SflowDecoder sflow;
    private final FlowRecordBatcher batcher;
    private long datagrams;

    public ExportRouter(FlowSink sink, int batchRows, DamageLog damage) {
        this.netflow = new FlowExportDecoder(new TemplateCache(), stats, damage);
        this.sflow = new SflowDecoder(damage);
        this.batcher = new FlowRecordBatcher(sink, batchRows);
    }

    /** Decodes one datagram; one the decoders do not recognise is counted as malformed for its exporter. */
    public void route(ExportDatagram d) {
        datagrams++;
        if (netflow.decode(d, batcher) == FlowProtocol.SFLOW5) {
            sflow.decode(d, stats.of(d), batcher);
        }
    }

    /** Hands the rows gathered so far to the sink now; rethrows a store failure. */
    public void flush() throws Exception {
        batcher.finish();
    }

    /** At the end of the input: reports data still waiting for a template, flushes; rethrows a store failure. */
    public void finish() throws Exception {
        netflow.finish();
        batcher.finish();
    }

    public long datagrams() { return datagrams; }

    public long records() { return batcher.records(); }

    /** Packets of the decoded records, scaled by sampling rate (the traffic they estimate). */
    public long scaledPackets() { return batcher.scaledPackets(); }

    /** Bytes of the decoded records, scaled by sampling rate. */
    public long scaledBytes() { return batcher.scaledBytes(); }

    /** The live counters; read them on the routing thread only. */
    public ExporterStatsTable stats() { return stats; }

    public ExporterStats totals() { return stats.total(); }

    public List<ExporterReport> exporterReports() {
        List<ExporterReport> reports = new ArrayList<>();
        for (Map.Entry<ExporterStatsTable.Exporter, ExporterStats> e : stats.byExporter().entrySet()) {
            reports.add(report(Addresses.format(e.getKey().hi(), e.getKey().lo()), e.getValue()));
        }
        if (stats.others().datagrams > 0) reports.add(report("other exporters", stats.others()));
        return reports;
    }

    private static ExporterReport report(String exporter, ExporterStats s) {
        return new ExporterReport(exporter, s.datagrams, s.records, s.sequenceGaps, s.unknownTemplates, s.malformed,
                s.templates, s.optionsRecords, s.countersSkipped);
    }
}
