package org.flowbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowbench.testsupport.PcapBuilder.v4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.pcap.CaptureReader;
import org.flowbench.ingest.pcap.CaptureReaders;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.PcapBuilder;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

class ImportJobTest extends FreshWorkspaceTest {
    static final long T = 1_700_000_000L;

    /** 9 frames: 6 UDP/IPv4 in 2 header combinations, 2 TCP SYN/IPv6, 1 ARP. */
    static PcapBuilder tiny() {
        PcapBuilder b = new PcapBuilder();
        for (int i = 0; i < 5; i++) b.udp4(T, i * 1000, v4(10, 0, 0, 1), v4(192, 0, 2, 7), 123, 4444, 440);
        b.udp4(T, 900_000, v4(10, 0, 0, 2), v4(192, 0, 2, 7), 123, 4444, 440);
        b.arp(T);
        b.tcp6Syn(T + 1, 0, 1, 2, 5555, 443);
        b.tcp6Syn(T + 1, 500_000, 1, 2, 5555, 443);
        return b;
    }

    @Test
    void importsATinyPcapWithCountsRowsBytesAndReport() throws Exception {
        Path file = tiny().write(dir.resolve("tiny.pcap"));
        ImportReport r = new ImportJob(ws).importFile(file, Progress.NONE, Cancellation.none());

        assertThat(r.status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(r.message()).isEqualTo("imported completely");
        assertThat(r.file()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(r.packets()).isEqualTo(9);
        assertThat(r.ipPackets()).isEqualTo(8);
        assertThat(r.nonIp()).isEqualTo(1);
        assertThat(r.ipBytes()).isEqualTo(6 * 468 + 2 * 60);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.malformed() + r.truncated() + r.unsupportedLink() + r.damageTotal()).isZero();
        assertThat(r.firstPacket()).isEqualTo(Instant.ofEpochSecond(T));
        assertThat(r.lastPacket()).isEqualTo(Instant.ofEpochSecond(T + 1, 500_000_000));
        assertThat(r.perProtocol()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("UDP", 6L, "TCP", 2L));
        assertThat(r.perLinkType()).containsEntry(1, 9L);

        DatasetInfo d = ws.datasets().get(r.datasetId()).orElseThrow();
        assertThat(d.name()).isEqualTo("tiny.pcap");
        assertThat(d.kind()).isEqualTo("pcap");
        assertThat(d.status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(d.firstTs()).isEqualTo(Instant.ofEpochSecond(T));
        assertThat(d.lastTs()).isEqualTo(Instant.ofEpochSecond(T + 1));
        assertThat(d.packets()).isEqualTo(8);
        assertThat(d.bytes()).isEqualTo(2928);
        assertThat(d.rows()).isEqualTo(3);
        assertThat(ReportJson.read(d.reportJson())).isEqualTo(r);
        assertThat(Rollups.present(ws, r.datasetId())).isTrue();
        assertThat(new DatasetSummaryQuery(ws).summarize(r.datasetId()).topSources().get(0).address()).isEqualTo("10.0.0.1");
    }

    @Test
    void gzipImportsTheSameAndReportsAnUnknownTotal() throws Exception {
        Path file = tiny().writeGzip(dir.resolve("tiny.pcap.gz"));
        List<Long> totals = new ArrayList<>();
        ImportReport r = new ImportJob(ws).importFile(file, (done, total, m) -> totals.add(total), Cancellation.none());
        assertThat(r.status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(totals).isNotEmpty().containsOnly(-1L);
    }

    @Test
    void aCutLastRecordKeepsWhatCameBeforeAndMarksThePartial() throws Exception {
        PcapBuilder b = tiny();
        int cutAt = b.bytes().length;
        byte[] header = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt((int) T + 2).putInt(0).putInt(100).putInt(100).array();
        b.raw(header).raw(new byte[10]);
        Path file = b.write(dir.resolve("cut.pcap"));
        ImportReport r = new ImportJob(ws).importFile(file, Progress.NONE, Cancellation.none());
        assertThat(r.status()).isEqualTo(DatasetStatus.PARTIAL);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.damageTotal()).isGreaterThanOrEqualTo(1);
        assertThat(r.damage().get(0).offset()).isBetween((long) cutAt, (long) cutAt + 26);
        assertThat(ws.datasets().get(r.datasetId()).orElseThrow().status()).isEqualTo(DatasetStatus.PARTIAL);
    }

    @Test
    void aMalformedFrameIsDamageWithItsRecordOffset() throws Exception {
        PcapBuilder b = tiny();
        long offset = b.bytes().length;
        byte[] bad = new byte[34];
        bad[12] = 0x08; // IPv4 EtherType
        bad[14] = 0x44; // version 4, header length 4 words: below the minimum of 5
        b.frame(T + 1, 0, bad, bad.length);
        ImportReport r = new ImportJob(ws).importFile(b.write(dir.resolve("bad.pcap")), Progress.NONE, Cancellation.none());
        assertThat(r.status()).isEqualTo(DatasetStatus.PARTIAL);
        assertThat(r.malformed()).isEqualTo(1);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.damage()).anySatisfy(dmg -> {
            assertThat(dmg.offset()).isEqualTo(offset);
            assertThat(dmg.what()).contains("frame 10");
        });
    }

    @Test
    void notACaptureFailsNamingFileAndOffsetAndStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "these are not packets");
        ImportReport r = new ImportJob(ws).importFile(file, Progress.NONE, Cancellation.none());
        assertThat(r.status()).isEqualTo(DatasetStatus.FAILED);
        assertThat(r.message()).contains(file.toAbsolutePath().toString()).contains("offset 0");
        assertThat(r.rows()).isZero();
        DatasetInfo d = ws.datasets().get(r.datasetId()).orElseThrow();
        assertThat(d.status()).isEqualTo(DatasetStatus.FAILED);
        assertThat(d.reportJson()).contains("offset 0");
        assertThat(ws.datasets().storedTotals(r.datasetId()).rows()).isZero();
    }

    @Test
    void aMissingFileFailsWithoutADatasetAndEarlierDatasetsStayUntouched() throws Exception {
        ImportJob job = new ImportJob(ws);
        List<ImportReport> reports = job.importFiles(List.of(tiny().write(dir.resolve("a.pcap")), dir.resolve("missing.pcap"),
                Files.writeString(dir.resolve("b.pcap"), "junk")), Progress.NONE, Cancellation.none());
        assertThat(reports).extracting(ImportReport::status)
                .containsExactly(DatasetStatus.COMPLETE, DatasetStatus.FAILED, DatasetStatus.FAILED);
        assertThat(reports.get(1).datasetId()).isZero();
        assertThat(reports.get(1).message()).contains("missing.pcap");
        assertThat(ws.datasets().list()).extracting(DatasetInfo::name).containsExactly("a.pcap", "b.pcap");
        DatasetInfo first = ws.datasets().get(reports.get(0).datasetId()).orElseThrow();
        assertThat(first.status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(ws.datasets().storedTotals(first.id()).rows()).isEqualTo(3);
    }

    @Test
    void cancelKeepsWhatWasStoredAndMarksThePartial() throws Exception {
        PcapBuilder b = new PcapBuilder();
        for (int i = 0; i < 10_000; i++) b.udp4(T + i / 1000, 0, v4(10, 0, i / 256 % 256, i % 256), v4(192, 0, 2, 7), 1, 2, 0);
        Cancellation cancel = new Cancellation();
        ImportReport r = new ImportJob(ws).importFile(b.write(dir.resolve("big.pcap")),
                (done, total, m) -> cancel.cancel(), cancel);
        assertThat(r.status()).isEqualTo(DatasetStatus.PARTIAL);
        assertThat(r.message()).contains("cancelled");
        assertThat(r.packets()).isEqualTo(4096);
        assertThat(r.rows()).isEqualTo(4096);
        assertThat(ws.datasets().storedTotals(r.datasetId()).packets()).isEqualTo(4096);
    }

    @Test
    void progressIsThrottledNamesTheSummaryStepsAndEndsAtTheFileSize() throws Exception {
        PcapBuilder b = new PcapBuilder();
        for (int i = 0; i < 20_000; i++) b.udp4(T + i / 5000, 0, v4(10, 0, 0, 1), v4(192, 0, 2, 7), 1, 2, 0);
        Path file = b.write(dir.resolve("p.pcap"));
        List<long[]> updates = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        long started = System.nanoTime();
        ImportReport r = new ImportJob(ws).importFile(file, (done, total, m) -> {
            updates.add(new long[] {done, total});
            messages.add(m);
        }, Cancellation.none());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).isEqualTo(DatasetStatus.COMPLETE);
        long reading = messages.stream().filter(m -> m.startsWith("importing ")).count();
        assertThat(reading).isLessThanOrEqualTo(1 + (int) (millis / 100) + 1);
        // after the last byte, the summary tables: the bar stays full while each step is named
        List<String> after = messages.subList((int) reading, messages.size());
        assertThat(after).containsExactly("summarising p.pcap: totals per source",
                "summarising p.pcap: traffic per second and destination", "summarising p.pcap: traffic per minute and destination",
                "summarising p.pcap: heaviest sources and ports per second", "imported p.pcap");
        for (long[] u : updates.subList((int) reading, updates.size())) assertThat(u).containsExactly(Files.size(file), Files.size(file));
    }

    @Test
    void aReaderFailingMidFileGivesAPartialWithTheFramesBefore() throws Exception {
        Path file = tiny().write(dir.resolve("t.pcap"));
        CaptureOpener failing = (f, damage) -> {
            CaptureReader real = CaptureReaders.open(f, damage);
            return new CaptureReader() {
                int n;

                @Override
                public boolean next(CapturedPacket p) throws IOException {
                    if (++n > 6) throw new IOException("device went away");
                    return real.next(p);
                }

                @Override
                public long position() { return real.position(); }

                @Override
                public org.flowbench.ingest.pcap.CaptureStats stats() { return real.stats(); }

                @Override
                public void close() throws IOException { real.close(); }
            };
        };
        ImportReport r = new ImportJob(ws, failing).importFile(file, Progress.NONE, Cancellation.none());
        assertThat(r.status()).isEqualTo(DatasetStatus.PARTIAL);
        assertThat(r.packets()).isEqualTo(6);
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.message()).contains("device went away");
    }
}
