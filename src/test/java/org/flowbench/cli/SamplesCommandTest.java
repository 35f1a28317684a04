package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FlowbenchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesOneScenarioWithoutTouchingTheReadme() {
        int exit = run("samples", "--out", tmp.toString(), "--scenario", "quiet-day");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(tmp.resolve("quiet-day.pcap")).isNotEmptyFile();
        assertThat(tmp.resolve("quiet-day.labels.json")).content().contains("\"scenario\" : \"quiet-day\"")
                .contains("nightly-backup-over-ssh");
        assertThat(tmp.resolve("README.md")).doesNotExist();
        assertThat(out.toString()).contains("quiet-day.pcap").contains("benign nightly-backup-over-ssh");
    }

    @Test
    void writesExactlyTheRequestedNumberOfPacketsReproducibly() throws Exception {
        assertThat(run("samples", "--out", tmp.resolve("a").toString(), "--packets", "1000", "--seed", "7")).isZero();
        assertThat(run("samples", "--out", tmp.resolve("b").toString(), "--packets", "1000", "--seed", "7")).isZero();

        Path a = tmp.resolve("a/benchmark-1000.pcap");
        assertThat(org.flowbench.samples.PcapWalker.read(a)).hasSize(1000);
        assertThat(Files.mismatch(a, tmp.resolve("b/benchmark-1000.pcap"))).isEqualTo(-1L);
        assertThat(out.toString()).contains("1000 packets");
    }

    @Test
    void unknownScenarioIsAUsageError() {
        assertThat(run("samples", "--out", tmp.toString(), "--scenario", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown scenario 'nope'").contains("syn-flood");
    }

    @Test
    void nonPositivePacketCountIsAUsageError() {
        assertThat(run("samples", "--out", tmp.toString(), "--packets", "0")).isEqualTo(2);
    }
}
