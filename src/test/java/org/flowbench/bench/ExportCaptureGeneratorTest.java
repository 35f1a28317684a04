package org.flowbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.ExporterStats;
import org.flowbench.ingest.flow.ExporterStatsTable;
import org.flowbench.ingest.flow.FlowExportDecoder;
import org.flowbench.ingest.flow.TemplateCache;
import org.flowbench.ingest.flow.UdpPayloads;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark capture reads as one long lossless export: every record, no sequence gap, times 60 s on per repetition. */
class ExportCaptureGeneratorTest {
    @TempDir Path dir;

    @Test
    void repetitionsDecodeWithoutGapsAndWithAdvancingTimes() throws Exception {
        SharedCorpus.assumePresent();
        Path pcap = dir.resolve("exports.pcap");
        ExportCaptureGenerator.Summary s = ExportCaptureGenerator.write(pcap, 3 * 2 * 9165, SharedCorpus.root().resolve("exports"));
        assertThat(s.repetitions()).isEqualTo(3);
        assertThat(s.records()).containsExactly(3 * 9165L, 3 * 9165L);

        ExporterStatsTable stats = new ExporterStatsTable();
        DamageLog damage = new DamageLog();
        FlowExportDecoder decoder = new FlowExportDecoder(new TemplateCache(), stats, damage);
        long[] records = new long[1];
        long[] lastEnd = new long[3];  // latest record end per repetition of the v9 exporter
        long[] packets = new long[1];
        java.util.List<UdpPayloads.Payload> payloads = UdpPayloads.read(pcap);
        long first = payloads.get(0).micros();
        for (UdpPayloads.Payload p : payloads) {
            ExportDatagram d = p.datagram();
            int repetition = (int) ((p.micros() - first) / (ExportCaptureGenerator.SHIFT_SECONDS * 1_000_000L));
            decoder.decode(d, r -> {
                records[0]++;
                packets[0] += r.packets;
                if (r.ipVersion == 4 && d.exporterLo == 0x0000_FFFF_7F00_0009L) lastEnd[repetition] = Math.max(lastEnd[repetition], r.endMicros);
            });
        }
        ExporterStats total = stats.total();
        assertThat(records[0]).isEqualTo(6 * 9165L);
        assertThat(packets[0]).isEqualTo(6 * 19953L);
        assertThat(total.sequenceGaps).as("sequence gaps").isZero();
        assertThat(total.malformed).isZero();
        assertThat(damage.isEmpty()).isTrue();
        assertThat(stats.byExporter()).hasSize(2);
        assertThat(lastEnd[1] - lastEnd[0]).isEqualTo(60_000_000L);
        assertThat(lastEnd[2] - lastEnd[1]).isEqualTo(60_000_000L);
    }
}
