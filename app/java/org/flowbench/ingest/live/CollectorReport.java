package org.flowbench.ingest.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.ExporterReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;

/**
 * A finished collector session as an {@link ImportReport} of kind "live flows", the form every
 * dataset's report takes: datagrams stand where a capture import has frames, the listening
 * sockets where it has a file.
 */
final class CollectorReport {
    private final UdpCollector session;

    CollectorReport(UdpCollector session) {
        this.session = session;
    }

    ImportReport build(DatasetStatus status, String message, DatasetTotals totals) {
        CollectorSnapshot s = session.snapshot();
        DecodeLoop.Decoded d = session.decoded();
        List<ExporterReport> exporters = new ArrayList<>();
        for (ExporterCounters c : s.exporters()) {
            exporters.add(new ExporterReport(c.exporter(), c.datagrams(), c.records(), c.sequenceGaps(),
                    c.unknownTemplates(), c.malformed(), 0, 0, 0));
        }
        return new ImportReport(session.datasetId(), session.source(), status, message,
                s.received(), d.datagrams(), session.receivedBytes(), totals.rows(), 0, 0, 0, s.totals().malformed(), 0,
                instant(d.firstMicros()), instant(d.lastMicros()), Map.of(),
                Map.of(),  // rejected and dropped datagrams are in the message; exporters carry the rest
                session.damage().kept(), session.damage().total(), session.seconds(),
                ImportReport.LIVE_FLOWS, exporters);
    }

    static ImportReport withMessage(ImportReport r, String message) {
        return new ImportReport(r.datasetId(), r.file(), r.status(), message, r.packets(), r.ipPackets(), r.ipBytes(),
                r.rows(), r.nonIp(), r.truncated(), r.snaplenCut(), r.malformed(), r.unsupportedLink(),
                r.firstPacket(), r.lastPacket(), r.perLinkType(), r.perProtocol(), r.damage(), r.damageTotal(),
                r.seconds(), r.kind(), r.exporters());
    }

    private static Instant instant(long micros) {
        if (micros == 0) return null;
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
