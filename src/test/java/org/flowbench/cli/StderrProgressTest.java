package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The import's progress line on stderr, rewritten in place with carriage returns. */
class StderrProgressTest {
    private final StringWriter text = new StringWriter();
    private final ImportCommand.StderrProgress progress = new ImportCommand.StderrProgress(new PrintWriter(text));

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
}
