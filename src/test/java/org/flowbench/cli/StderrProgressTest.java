package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The import's progress on stderr: a line rewritten in place on a terminal, whole lines elsewhere. */
class StderrProgressTest {
    private final StringWriter text = new StringWriter();
    private final StderrProgress progress = new StderrProgress(new PrintWriter(text), true);

    @Test
    void aShorterLineBlanksTheTailOfTheLongerOneBeforeIt() {
        progress.update(50, 100, "importing a.pcap");
        progress.update(100, 100, "summarising a.pcap: traffic per second and destination");
        progress.update(100, 100, "imported a.pcap");
        String[] lines = text.toString().split("\r");
        assertThat(lines).containsExactly("", "importing a.pcap: 50%",
                "summarising a.pcap: traffic per second and destination: 100%",
                "imported a.pcap: 100%" + " ".repeat(39) + System.lineSeparator());
    }

    @Test
    void unchangedLinesAreNotWrittenAgainAndAnUnknownSizeCountsMegabytes() {
        progress.update(1_500_000, -1, "importing b.pcap.gz");
        progress.update(1_500_000, -1, "importing b.pcap.gz");
        progress.update(2_000_000, -1, "importing b.pcap.gz");
        assertThat(text.toString()).isEqualTo("\rimporting b.pcap.gz: 1.5 MB\rimporting b.pcap.gz: 2.0 MB");
    }

    @Test
    void withoutATerminalItWritesALinePerStepAndPerQuarter() {
        StringWriter log = new StringWriter();
        StderrProgress lines = new StderrProgress(new PrintWriter(log), false);
        for (int done = 0; done <= 100; done += 5) lines.update(done, 100, "importing a.pcap");
        lines.update(100, 100, "summarising a.pcap: totals per source");
        lines.update(100, 100, "summarising a.pcap: totals per source");
        lines.update(100, 100, "imported a.pcap");
        String n = System.lineSeparator();
        assertThat(log.toString()).doesNotContain("\r").isEqualTo("importing a.pcap: 0%" + n + "importing a.pcap: 25%" + n
                + "importing a.pcap: 50%" + n + "importing a.pcap: 75%" + n + "importing a.pcap: 100%" + n
                + "summarising a.pcap: totals per source: 100%" + n + "imported a.pcap: 100%" + n);
    }

    @Test
    void withoutATerminalAnUnknownSizeGetsALinePerHundredMegabytes() {
        StringWriter log = new StringWriter();
        StderrProgress lines = new StderrProgress(new PrintWriter(log), false);
        for (long mb = 0; mb <= 250; mb += 10) lines.update(mb * 1_000_000, -1, "importing b.pcap.gz");
        assertThat(log.toString().lines()).containsExactly("importing b.pcap.gz: 0.0 MB", "importing b.pcap.gz: 100.0 MB",
                "importing b.pcap.gz: 200.0 MB");
    }
}
