package org.flowbench.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.ReportJson;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live capture on the loopback interface, end to end into a workspace. */
class InterfaceCaptureTest {
    /** ::ffff:127.0.0.1 as the UHUGEINT the flows table stores. */
    static final String LOOPBACK_MAPPED = String.valueOf(0xFFFF_7F00_0001L);

    @TempDir Path dir;

    @Test
    void everySentDatagramIsStoredOnceWithItsPortsAndBytes() throws Exception {
        Loopback.assumeCapturable();
        int count = 500, payload = 37;
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             DatagramSocket receiver = Loopback.receiver();
             DatagramSocket sender = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = receiver.getLocalPort();
            InterfaceCapture capture = InterfaceCapture.start(ws,
                    CaptureOptions.of(Loopback.INTERFACE, "udp and port " + port));
            Loopback.send(sender, port, count, payload);
            ImportReport report = capture.stop();

            assertThat(report.status()).as(report.message()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(report.packets()).isEqualTo(count);
            assertThat(report.ipPackets()).isEqualTo(count);
            long ipBytes = 20 + 8 + payload;
            assertThat(report.ipBytes()).isEqualTo(count * ipBytes);
            assertThat(capture.counters().ipBytes()).as("decoded bytes, the Live chart's source").isEqualTo(count * ipBytes);
            assertThat(report.perProtocol()).containsEntry("UDP", (long) count);

            DatasetInfo d = ws.datasets().get(capture.datasetId()).orElseThrow();
            assertThat(d.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(d.kind()).isEqualTo(InterfaceCapture.KIND);
            assertThat(d.packets()).isEqualTo(count);
            assertThat(ReportJson.read(d.reportJson()).packets()).isEqualTo(count);

            try (Statement st = ws.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT sum(packets), sum(bytes), min(src_port), max(src_port),"
                         + " min(dst_port), max(dst_port), min(proto), max(proto), min(pkt_len), max(pkt_len),"
                         + " min(src_addr)::VARCHAR, max(dst_addr)::VARCHAR, count(*) FILTER (WHERE src_addr <> dst_addr)"
                         + " FROM flows WHERE dataset_id = " + capture.datasetId())) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(count);
                assertThat(rs.getLong(2)).isEqualTo(count * ipBytes);
                assertThat(rs.getInt(3)).isEqualTo(sender.getLocalPort());
                assertThat(rs.getInt(4)).isEqualTo(sender.getLocalPort());
                assertThat(rs.getInt(5)).isEqualTo(port);
                assertThat(rs.getInt(6)).isEqualTo(port);
                assertThat(rs.getInt(7)).isEqualTo(17);
                assertThat(rs.getInt(8)).isEqualTo(17);
                assertThat(rs.getLong(9)).isEqualTo(ipBytes);
                assertThat(rs.getLong(10)).isEqualTo(ipBytes);
                assertThat(rs.getString(11)).isEqualTo(LOOPBACK_MAPPED);
                assertThat(rs.getString(12)).isEqualTo(LOOPBACK_MAPPED);
                assertThat(rs.getLong(13)).isZero();
            }
        }
    }

    @Test
    void rowsReachTheStoreWhileTheCaptureRuns() throws Exception {
        Loopback.assumeCapturable();
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             DatagramSocket receiver = Loopback.receiver();
             DatagramSocket sender = new DatagramSocket()) {
            int port = receiver.getLocalPort();
            InterfaceCapture capture = InterfaceCapture.start(ws,
                    CaptureOptions.of(Loopback.INTERFACE, "udp and port " + port));
            Loopback.send(sender, port, 10, 10);
            long deadline = System.nanoTime() + 4_000_000_000L;
            while (capture.counters().packetsStored() < 10 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(capture.isRunning()).isTrue();
            assertThat(capture.counters().packetsStored()).as("committed within about a second, before stop")
                    .isEqualTo(10);
            assertThat(ws.datasets().get(capture.datasetId()).orElseThrow().status())
                    .isEqualTo(DatasetStatus.IMPORTING);
            ImportReport report = capture.stop();
            assertThat(report.ipPackets()).isEqualTo(10);
            assertThat(capture.stop()).as("a second stop returns the same report").isSameAs(report);
        }
    }

    @Test
    void anInvalidFilterIsRefusedByNameAndLeavesNoDataset() throws Exception {
        Loopback.assumeCapturable();
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            assertThatThrownBy(() -> InterfaceCapture.start(ws, CaptureOptions.of(Loopback.INTERFACE, "udp and prot 53")))
                    .isInstanceOf(CaptureException.class)
                    .hasMessageContaining("invalid capture filter \"udp and prot 53\"")
                    .hasMessageContaining("syntax error")
                    .satisfies(e -> assertThat(((CaptureException) e).reason())
                            .isEqualTo(CaptureException.Reason.BAD_FILTER));
            assertThat(ws.datasets().list()).isEmpty();
        }
    }

    @Test
    void anUnknownInterfaceIsNamedWithTheOnesThatExist() throws Exception {
        Loopback.assumeCapturable();
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            assertThatThrownBy(() -> InterfaceCapture.start(ws, CaptureOptions.of("nosuch0", null)))
                    .isInstanceOf(CaptureException.class)
                    .hasMessageContaining("no interface named \"nosuch0\"")
                    .hasMessageContaining("lo");
            assertThat(ws.datasets().list()).isEmpty();
        }
    }

    @Test
    void theInterfaceListHoldsLoopbackWithItsAddress() throws Exception {
        Loopback.assumeCapturable();
        assertThat(CaptureInterfaces.list())
                .anySatisfy(i -> {
                    assertThat(i.name()).isEqualTo("lo");
                    assertThat(i.loopback()).isTrue();
                    assertThat(i.addresses()).contains("127.0.0.1");
                });
    }
}
