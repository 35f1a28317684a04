package org.flowbench.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flowbench.ingest.ExporterReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.flow.UdpPayloads;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The collector end to end on loopback: a sender of our own, the real store. */
class UdpCollectorTest {
    private static final Path EXPORTS = SharedCorpus.root().resolve("exports");
    /** Linux answers on all of 127.0.0.0/8, so a second exporter address needs no setup. */
    static final String SECOND_LOOPBACK = "127.0.0.2";

    @TempDir Path dir;

    static CollectorSettings loopback() {
        return CollectorSettings.of(List.of(ListenAddress.parse("127.0.0.1:0")));
    }

    static List<byte[]> payloads(String file) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXPORTS.resolve(file)), "../shared/exports is absent: skipping");
        List<byte[]> out = new ArrayList<>();
        for (UdpPayloads.Payload p : UdpPayloads.read(EXPORTS.resolve(file))) if (p.dstPort() == 2055) out.add(p.bytes());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"softflowd_v9.pcap, 293, 9165, 19953, 10813403", "softflowd_v10.pcap, 293, 9165, 19953, 10813403"})
    void replayedExportsAreStoredExactly(String file, long datagrams, long records, long packets, long bytes) throws Exception {
        List<byte[]> payloads = payloads(file);
        assertThat(payloads).hasSize((int) datagrams);
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, loopback().withName("replay"));
            try (LoopbackSender sender = new LoopbackSender("127.0.0.1", c.boundAddresses().get(0))) {
                sender.send(payloads, 16, 500);
                LoopbackSender.awaitReceived(c, datagrams, 10_000);
            }
            ImportReport report = c.stop();
            DatasetInfo info = ws.datasets().get(c.datasetId()).orElseThrow();
            assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(info.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(info.kind()).isEqualTo(UdpCollector.KIND);
            assertThat(info.name()).isEqualTo("replay");
            assertThat(report.packets()).as("datagrams received").isEqualTo(datagrams);
            assertThat(info.rows()).as("records").isEqualTo(records);
            assertThat(info.packets()).as("packets").isEqualTo(packets);
            assertThat(info.bytes()).as("bytes").isEqualTo(bytes);
            CollectorSnapshot after = c.snapshot();
            assertThat(after.packets()).as("decoded packets, the chart's source").isEqualTo(packets);
            assertThat(after.bytes()).as("decoded bytes").isEqualTo(bytes);
            assertThat(report.exporters()).singleElement().satisfies(e -> {
                assertThat(e.exporter()).isEqualTo("127.0.0.1");
                assertThat(e.records()).isEqualTo(records);
                assertThat(e.malformed()).isZero();
                assertThat(e.unknownTemplates()).isZero();
            });
        }
    }

    @Test
    void receivedRecordsAreCommittedWhileTheSessionRuns() throws Exception {
        List<byte[]> payloads = payloads("softflowd_v9.pcap");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, loopback());
            try (LoopbackSender sender = new LoopbackSender("127.0.0.1", c.boundAddresses().get(0))) {
                sender.send(payloads, 16, 500);
                LoopbackSender.awaitReceived(c, payloads.size(), 10_000);
            }
            // no stop(): the records must reach the table on their own, within the flush interval
            // (a second; the deadline is generous for a loaded machine)
            long deadline = System.currentTimeMillis() + 15_000;
            while (c.snapshot().storedRows() < 9165 && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(c.isRunning()).isTrue();
            assertThat(c.snapshot().storedRows()).isEqualTo(9165);
            try (java.sql.Statement st = ws.connection().duplicate().createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM flows WHERE dataset_id = " + c.datasetId())) {
                rs.next();
                assertThat(rs.getLong(1)).as("committed rows another connection sees").isEqualTo(9165);
            }
            assertThat(c.stop().rows()).isEqualTo(9165);
        }
    }

    @Test
    void aFloodOfRandomDatagramsIsCountedAndTheGoodExporterKeptWhole() throws Exception {
        List<byte[]> good = payloads("softflowd_v9.pcap");
        Random random = new Random(42);
        List<byte[]> junk = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(1400) + 1];
            random.nextBytes(b);
            // a third look like a NetFlow v9/IPFIX header, to reach past the protocol sniffing
            if (i % 3 == 0 && b.length >= 2) { b[0] = 0; b[1] = (byte) (i % 2 == 0 ? 9 : 10); }
            junk.add(b);
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, loopback());
            InetSocketAddress to = c.boundAddresses().get(0);
            try (LoopbackSender exporter = new LoopbackSender("127.0.0.1", to);
                 LoopbackSender flooder = new LoopbackSender(SECOND_LOOPBACK, to)) {
                int perGood = junk.size() / good.size();
                for (int i = 0; i < good.size(); i++) {
                    exporter.send(List.of(good.get(i)), 1, 0);
                    flooder.send(junk.subList(i * perGood, (i + 1) * perGood), 16, 300);
                }
                flooder.send(junk.subList(good.size() * perGood, junk.size()), 16, 300);
                LoopbackSender.awaitReceived(c, good.size() + junk.size(), 20_000);
            }
            CollectorSnapshot live = c.snapshot();
            ImportReport report = c.stop();
            assertThat(live.queueDrops()).as("queue drops").isZero();
            assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(report.packets()).isEqualTo(good.size() + junk.size());
            ExporterReport goodOne = exporter(report, "127.0.0.1");
            ExporterReport flood = exporter(report, SECOND_LOOPBACK);
            assertThat(goodOne.records()).isEqualTo(9165);
            assertThat(goodOne.malformed()).isZero();
            assertThat(goodOne.datagrams()).isEqualTo(good.size());
            assertThat(flood.datagrams()).isEqualTo(junk.size());
            assertThat(flood.malformed()).as("malformed junk").isGreaterThan(junk.size() * 9L / 10);
            DatasetInfo info = ws.datasets().get(c.datasetId()).orElseThrow();
            assertThat(info.rows()).isEqualTo(goodOne.records() + flood.records());
        }
    }

    @Test
    void datagramsFromOutsideTheAllowlistAreRejectedAndCounted() throws Exception {
        List<byte[]> good = payloads("softflowd_v10.pcap");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, loopback().withAllowlist(ExporterAllowlist.of(List.of("127.0.0.1/32"))));
            InetSocketAddress to = c.boundAddresses().get(0);
            try (LoopbackSender allowed = new LoopbackSender("127.0.0.1", to);
                 LoopbackSender refused = new LoopbackSender(SECOND_LOOPBACK, to)) {
                refused.send(good, 16, 500);
                allowed.send(good, 16, 500);
                LoopbackSender.awaitReceived(c, 2L * good.size(), 10_000);
            }
            CollectorSnapshot live = c.snapshot();
            ImportReport report = c.stop();
            assertThat(live.totals().rejected()).isEqualTo(good.size());
            assertThat(live.exporters()).anySatisfy(e -> {
                assertThat(e.exporter()).isEqualTo(SECOND_LOOPBACK);
                assertThat(e.rejected()).isEqualTo(good.size());
                assertThat(e.datagrams()).isZero();
            });
            assertThat(exporter(report, "127.0.0.1").records()).isEqualTo(9165);
            assertThat(report.message()).contains(good.size() + " rejected by the allowlist");
            assertThat(ws.datasets().get(c.datasetId()).orElseThrow().rows()).isEqualTo(9165);
        }
    }

    @Test
    void anAddressThatCannotBeBoundLeavesNoDataset() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             java.nio.channels.DatagramChannel taken = java.nio.channels.DatagramChannel.open()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            CollectorSettings settings = CollectorSettings.of(List.of(ListenAddress.parse("127.0.0.1:" + port)));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> UdpCollector.start(ws, settings))
                    .isInstanceOf(CollectorStartException.class).hasMessageContaining("cannot listen on 127.0.0.1:" + port);
            assertThat(ws.datasets().list()).isEmpty();
        }
    }

    @Test
    void anIdleSessionCommitsAnEmptyCompleteDatasetAndBindsIpv6() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, CollectorSettings.of(
                    List.of(ListenAddress.parse("127.0.0.1:0"), ListenAddress.parse("[::1]:0"))));
            assertThat(c.boundAddresses()).hasSize(2);
            assertThat(ws.datasets().get(c.datasetId()).orElseThrow().status()).isEqualTo(DatasetStatus.IMPORTING);
            ImportReport report = c.stop();
            assertThat(c.stop()).isSameAs(report);
            assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(report.file()).contains("127.0.0.1:").contains("[::1]:");
            assertThat(ws.datasets().get(c.datasetId()).orElseThrow().status()).isEqualTo(DatasetStatus.COMPLETE);
        }
    }

    static ExporterReport exporter(ImportReport r, String address) {
        return r.exporters().stream().filter(e -> e.exporter().equals(address)).findFirst().orElseThrow(
                () -> new AssertionError("no exporter " + address + " in " + r.exporters()));
    }
}
