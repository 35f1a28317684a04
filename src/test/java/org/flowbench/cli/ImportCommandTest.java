package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowbench.testsupport.PcapBuilder.v4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.testsupport.PcapBuilder;
import org.junit.jupiter.api.Test;

/** End to end: capture file to workspace to every data command's output. */
class ImportCommandTest extends WorkspaceCliTest {
    static Path tiny(Path file) throws Exception {
        PcapBuilder b = new PcapBuilder();
        long t = 1_700_000_000L;
        for (int i = 0; i < 4; i++) b.udp4(t, i, v4(203, 0, 113, 5), v4(192, 0, 2, 80), 53, 33000, 100);
        b.udp4(t + 1, 0, v4(203, 0, 113, 6), v4(192, 0, 2, 80), 53, 33000, 100);
        b.tcp6Syn(t + 2, 0, 1, 2, 40000, 80);
        return b.write(file);
    }

    @Test
    void importThenListSummarizeAndQuery() throws Exception {
        Path file = tiny(dir.resolve("dns.pcap"));
        assertThat(run("import", file.toString(), "--format", "json")).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(report.get("status").asText()).isEqualTo("complete");
        assertThat(report.get("frames").asLong()).isEqualTo(6);
        assertThat(report.get("ip_packets").asLong()).isEqualTo(6);
        assertThat(report.get("bytes").asLong()).isEqualTo(5 * 128 + 60);
        assertThat(report.get("rows").asLong()).isEqualTo(3);
        assertThat(err.toString()).contains("importing dns.pcap").contains("imported dns.pcap: 100%");

        assertThat(run("datasets")).isZero();
        assertThat(out.toString()).contains("dns.pcap").contains("complete").contains("700");

        assertThat(run("summary", "dns.pcap")).isZero();
        assertThat(out.toString()).contains("Totals:  6 packets, 700 bytes, 3 rows, 3 flows")
                .contains("192.0.2.80").contains("203.0.113.5").contains("2001:db8::1").contains("UDP");

        assertThat(run("sql", "SELECT count(*) AS n, sum(packets) AS p FROM flows", "--format", "csv")).isZero();
        assertThat(out.toString()).isEqualTo("n,p\r\n3,6\r\n");
    }

    @Test
    void exitCodesSayCompletePartialOrFailed() throws Exception {
        Path good = tiny(dir.resolve("good.pcap"));
        byte[] cut = Files.readAllBytes(good);
        Path partial = Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(cut, cut.length - 10));
        Path junk = Files.writeString(dir.resolve("junk.pcap"), "not a capture at all");

        assertThat(run("import", good.toString())).isZero();
        assertThat(out.toString()).contains("complete");
        assertThat(run("import", partial.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("partial");
        assertThat(run("import", good.toString(), junk.toString(), "--format", "csv")).isEqualTo(3);
        assertThat(out.toString()).contains(",failed,").contains("offset 0");

        assertThat(run("datasets", "--format", "csv")).isZero();
        assertThat(out.toString().lines().skip(1).map(l -> l.split(",")[2]))
                .containsExactly("complete", "partial", "complete", "failed");
    }

    @Test
    void importSaysFirstWhatOpeningTheWorkspaceRepaired() throws Exception {
        try (org.flowbench.store.Workspace ws = org.flowbench.store.Workspace.open(dir.resolve("ws.duckdb"))) {
            ws.datasets().create("cut short", "cut.pcap", 0, null, "pcap");
        }
        assertThat(run("import", tiny(dir.resolve("dns.pcap")).toString())).as(err.toString()).isZero();
        assertThat(err.toString()).startsWith("flowbench: dataset 1 (cut short): import interrupted, marked partial"
                + System.lineSeparator());
    }
}
