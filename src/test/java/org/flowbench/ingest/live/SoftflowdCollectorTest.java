package org.flowbench.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.ExternalTools;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real exporter into the collector: softflowd reads input_20k.pcap and exports IPFIX to us.
 * What it exported is what ../shared/exports/softflowd_v10.pcap captured of the same run
 * (MANIFEST.tsv), so the stored totals must equal that row.
 */
class SoftflowdCollectorTest {
    @TempDir Path dir;

    @Test
    void softflowdIpfixIsStoredExactly() throws Exception {
        Assumptions.assumeTrue(ExternalTools.onPath("softflowd"), "softflowd is not on PATH (Debian package softflowd): skipping");
        Path input = SharedCorpus.root().resolve("exports/input_20k.pcap");
        Assumptions.assumeTrue(Files.isRegularFile(input), "../shared/exports is absent: skipping");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, UdpCollectorTest.loopback());
            int port = c.boundAddresses().get(0).getPort();
            Process p = new ProcessBuilder("softflowd", "-d", "-r", input.toString(), "-n", "127.0.0.1:" + port, "-v", "10")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("softflowd.log").toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("softflowd finished").isTrue();
            // softflowd exits once it sent everything; let the last datagrams reach the socket
            long last = -1;
            while (c.snapshot().received() != last) {
                last = c.snapshot().received();
                Thread.sleep(300);
            }
            ImportReport report = c.stop();
            DatasetInfo info = ws.datasets().get(c.datasetId()).orElseThrow();
            assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(report.malformed()).isZero();
            // softflowd's IPFIX sequence numbers skip ahead where Wireshark flags them too; the gaps
            // equal those of the captured export of the same run (softflowd_v10.pcap, ExportsManifestTest)
            assertThat(report.exporters()).allSatisfy(e -> assertThat(e.sequenceGaps()).as("gaps").isEqualTo(213L));
            List<String> row = Files.readAllLines(SharedCorpus.root().resolve("exports/MANIFEST.tsv")).stream()
                    .filter(l -> l.startsWith("softflowd_v10.pcap\t")).map(l -> List.of(l.split("\t"))).findFirst().orElseThrow();
            assertThat(info.rows()).as("records").isEqualTo(Long.parseLong(row.get(3)));
            assertThat(info.packets()).as("packets").isEqualTo(Long.parseLong(row.get(4)));
            assertThat(info.bytes()).as("bytes").isEqualTo(Long.parseLong(row.get(5)));
        }
    }
}
