package org.flowbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CaptureInterface;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.testsupport.ExportDatagrams;
import org.flowbench.ui.explore.Counter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Live panel's state without a screen, over a real collector on an ephemeral loopback port. */
class LiveViewModelTest {
    /** Linux answers on all of 127.0.0.0/8, so other exporter addresses need no setup. */
    private static final String V9_EXPORTER = "127.0.0.2", STRANGER = "127.0.0.9";

    @TempDir Path dir;
    private Workspace workspace;
    private WorkspaceLiveServices live;
    private final ManualTicker ticker = new ManualTicker();
    private final List<Long> started = new ArrayList<>();
    private final List<ImportReport> ended = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        live = new WorkspaceLiveServices(workspace);
    }

    @AfterEach
    void close() {
        live.close();
        workspace.close();
    }

    private LiveViewModel model(LiveServices services) {
        return new LiveViewModel(services, new SameThreadTaskRunner(), ticker, started::add, ended::add);
    }

    @Test
    void aCollectorSessionCountsPerExporterChartsTheRateAndFinishesItsDataset() throws Exception {
        LiveViewModel model = model(live);
        model.collector().listenProperty().set("127.0.0.1:0");
        model.collector().allowEntryProperty().set("127.0.0.0/30");
        model.collector().addAllowEntry();
        model.datasetNameProperty().set("lab session");

        model.start();

        assertThat(model.phaseProperty().get()).isEqualTo(LiveViewModel.Phase.RUNNING);
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.IMPORTING);
        assertThat(ticker.isRunning()).isTrue();
        LiveSession session = model.sessionProperty().get();
        assertThat(started).containsExactly(session.datasetId());
        DatasetInfo running = workspace.datasets().get(session.datasetId()).orElseThrow();
        assertThat(running.status()).isEqualTo(DatasetStatus.IMPORTING);
        assertThat(running.name()).isEqualTo("lab session");

        List<byte[]> v5 = ExportDatagrams.softflowdV5();
        List<byte[]> v9 = ExportDatagrams.softflowdV9();
        int v5Records = v5.stream().mapToInt(ExportDatagrams::v5Records).sum();
        InetSocketAddress to = session.listening().get(0);
        send("127.0.0.1", to, v5);
        send(V9_EXPORTER, to, v9);
        send(STRANGER, to, v5.subList(0, 2));
        awaitDecoded(session, "127.0.0.1", v5.size());
        awaitDecoded(session, V9_EXPORTER, v9.size());

        ticker.tick();

        ExporterCounters fromV5 = exporter(model, "127.0.0.1").orElseThrow();
        assertThat(fromV5.datagrams()).isEqualTo(3);
        assertThat(fromV5.records()).isEqualTo(v5Records).isEqualTo(89);
        assertThat(fromV5.sequenceGaps()).isZero();
        ExporterCounters fromV9 = exporter(model, V9_EXPORTER).orElseThrow();
        assertThat(fromV9.records()).isPositive();
        assertThat(fromV9.unknownTemplates()).isZero();
        assertThat(fromV9.malformed()).isZero();
        assertThat(exporter(model, STRANGER).orElseThrow().rejected()).isEqualTo(2);
        assertThat(model.counters()).contains(new Counter("Datagrams received", "8"),
                new Counter("Rejected, allowlist", "2"));
        assertThat(model.headlineProperty().get()).startsWith("Collecting on udp 127.0.0.1:" + to.getPort())
                .contains("into dataset " + session.datasetId());
        assertThat(model.points()).hasSize(1);
        assertThat(model.ratesProperty().get()).startsWith("now ").contains("; peak ");

        model.stop();

        assertThat(model.phaseProperty().get()).isEqualTo(LiveViewModel.Phase.IDLE);
        assertThat(ticker.isRunning()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(ended).singleElement().satisfies(r -> assertThat(r.datasetId()).isEqualTo(session.datasetId()));
        DatasetInfo done = workspace.datasets().get(session.datasetId()).orElseThrow();
        assertThat(done.status()).isEqualTo(DatasetStatus.COMPLETE);
        assertThat(done.rows()).isEqualTo(fromV5.records() + fromV9.records());
        // the chart's one point covers everything sent: its bits per packet are the dataset's
        TrafficPoint point = model.points().get(0);
        assertThat(point.bitsPerSecond() / point.packetsPerSecond())
                .isCloseTo(8.0 * done.bytes() / done.packets(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aPortInUseIsExplainedAndNoDatasetIsCreated() throws Exception {
        LiveViewModel model = model(live);
        try (DatagramSocket other = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            model.collector().listenProperty().set("127.0.0.1:" + other.getLocalPort());
            model.start();
        }
        assertThat(model.phaseProperty().get()).isEqualTo(LiveViewModel.Phase.IDLE);
        assertThat(model.errorProperty().get()).startsWith("Port ").contains(" on 127.0.0.1 is already in use");
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(workspace.datasets().list()).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void listeningBeyondLoopbackIsPointedOutAndBadAddressesBlockTheStart() {
        LiveViewModel model = model(live);
        CollectorSetupViewModel setup = model.collector();
        assertThat(setup.listenProperty().get()).isEqualTo("127.0.0.1:2055, 127.0.0.1:6343");
        assertThat(setup.exposureNoteProperty().get()).isEmpty();
        assertThat(model.canStartProperty().get()).isTrue();

        setup.listenProperty().set("127.0.0.1:2055, 0.0.0.0:6343");
        assertThat(setup.exposureNoteProperty().get()).startsWith("0.0.0.0:6343 accepts exports from the network");

        setup.listenProperty().set("localhost:2055");
        assertThat(setup.listenErrorProperty().get()).isNotEmpty();
        assertThat(model.canStartProperty().get()).isFalse();

        setup.allowEntryProperty().set("10.0.0.0/33");
        setup.addAllowEntry();
        assertThat(setup.allowErrorProperty().get()).contains("prefix length");
        assertThat(setup.allowlist()).isEmpty();
        setup.allowEntryProperty().set(" 192.0.2.7 ");
        setup.addAllowEntry();
        assertThat(setup.allowlist()).containsExactly("192.0.2.7");
        setup.removeAllowEntry("192.0.2.7");
        assertThat(setup.allowlist()).isEmpty();
    }

    @Test
    void withoutLibpcapCaptureSaysWhatToInstallAndTheCollectorStillStarts() {
        LiveViewModel model = model(new FakeLiveServices(live).withoutLibpcap());
        model.modeProperty().set(LiveMode.CAPTURE);

        assertThat(model.capture().unavailableProperty().get()).contains("libpcap0.8").contains("Npcap");
        assertThat(model.capture().interfaces()).isEmpty();
        assertThat(model.canStartProperty().get()).isFalse();

        model.modeProperty().set(LiveMode.COLLECTOR);
        model.collector().listenProperty().set("127.0.0.1:0");
        assertThat(model.canStartProperty().get()).isTrue();
        model.start();
        assertThat(model.phaseProperty().get()).isEqualTo(LiveViewModel.Phase.RUNNING);
        model.stop();
        assertThat(model.statusProperty().get()).isEqualTo(DatasetStatus.COMPLETE);
    }

    @Test
    void captureOffersTheInterfacesAndPicksOneThatCarriesTraffic() {
        CaptureInterface lo = new CaptureInterface("lo", "", List.of("127.0.0.1"), true, true);
        CaptureInterface down = new CaptureInterface("eth1", "", List.of(), false, false);
        CaptureInterface eth0 = new CaptureInterface("eth0", "", List.of("192.0.2.10"), false, true);
        LiveViewModel model = model(new FakeLiveServices(live).withInterfaces(lo, down, eth0));

        model.modeProperty().set(LiveMode.CAPTURE);

        assertThat(model.capture().interfaces()).containsExactly(lo, down, eth0);
        assertThat(model.capture().selectedProperty().get()).isEqualTo(eth0);
        assertThat(model.capture().unavailableProperty().get()).isEmpty();
        assertThat(model.canStartProperty().get()).isTrue();
        model.capture().bpfProperty().set("udp port 53");
        assertThat(model.capture().options("dns").bpf()).isEqualTo("udp port 53");
        assertThat(model.capture().options(" ").datasetName()).isNull();
    }

    private static Optional<ExporterCounters> exporter(LiveViewModel model, String address) {
        return model.exporters().stream().filter(e -> e.exporter().equals(address)).findFirst();
    }

    private static void send(String from, InetSocketAddress to, List<byte[]> datagrams) throws Exception {
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(new InetSocketAddress(from, 0));
            for (byte[] d : datagrams) channel.send(ByteBuffer.wrap(d), to);
        }
    }

    /** Waits until the session's published counters show this exporter's datagrams decoded. */
    private static void awaitDecoded(LiveSession session, String exporter, long datagrams) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (session.sample().exporters().stream()
                    .anyMatch(e -> e.exporter().equals(exporter) && e.datagrams() >= datagrams)) return;
            Thread.sleep(20);
        }
    }
}
