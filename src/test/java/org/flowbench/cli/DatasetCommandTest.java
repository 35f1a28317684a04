package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetCommandTest extends WorkspaceCliTest {
    @Test
    void renameExportAndDeleteOneDataset() throws Exception {
        assertThat(run("import", "pcap-samples/syn-flood.pcap", "pcap-samples/quiet-day.pcap")).isZero();
        assertThat(run("dataset", "rename", "1", "monday's flood")).isZero();
        assertThat(run("datasets", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("monday's flood");

        Path csv = dir.resolve("flood.csv");
        assertThat(run("dataset", "export", "monday's flood", "-o", csv.toString(), "--from", "2026-01-01T00:00:00Z")).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("ts,");
        assertThat(run("dataset", "export", "1", "-o", dir.resolve("x.txt").toString())).isEqualTo(2);
        Path syn = dir.resolve("syn.csv");
        assertThat(run("dataset", "export", "1", "-o", syn.toString(), "--filter", "proto = TCP AND tcp_flags = SYN")).isZero();
        assertThat(Files.readAllLines(syn).size()).isGreaterThan(1).isLessThan(Files.readAllLines(csv).size());
        assertThat(run("dataset", "export", "1", "-o", syn.toString(), "--filter", "proto = ")).isEqualTo(2);
        assertThat(err.toString()).contains("column");

        assertThat(run("dataset", "delete", "1")).isZero();
        assertThat(out.toString()).contains("deleted dataset 1").contains("workspace compacted");
        assertThat(run("dataset", "delete", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("no dataset '1'");
        assertThat(run("datasets", "--format", "csv")).isZero();
        assertThat(out.toString()).doesNotContain("monday's flood").contains("quiet-day");
    }

    @Test
    void importTableTakesAPresetOrSaysWhatIsWrong() {
        assertThat(run("import-table", "--mapping", "nfdump", "src/test/resources/tables/nfdump-tcp.csv")).isZero();
        assertThat(out.toString()).contains("complete");
        assertThat(run("import-table", "--mapping", "akvorado", "src/test/resources/tables/nfdump-tcp.csv")).isEqualTo(3);
        assertThat(err.toString()).contains("no column for ts");
        assertThat(run("import-table", "--mapping", "no-such-mapping.json", "x.csv")).isEqualTo(2);
    }
}
