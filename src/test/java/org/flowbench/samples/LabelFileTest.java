package org.flowbench.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelFileTest {
    @Test
    void readsTheCommittedScenarioLabels() throws IOException {
        Path pcap = Path.of("pcap-samples/dns-amplification.pcap");
        Path labels = LabelFile.besides(pcap).orElseThrow();
        List<IncidentLabel> read = LabelFile.read(labels);
        assertThat(read).hasSize(1);
        IncidentLabel l = read.get(0);
        assertThat(l.kind()).isEqualTo(IncidentLabel.ATTACK);
        assertThat(l.start()).isEqualTo(Instant.parse("2026-03-11T09:32:01Z"));
        assertThat(l.victim()).isEqualTo("198.51.100.20");
        assertThat(l.packets()).isPositive();
    }

    @Test
    void saysWhatIsWrongWithABrokenFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.labels.json");
        Files.writeString(f, "{\"incidents\":[{\"name\":\"a\",\"kind\":\"attack\",\"start\":\"yesterday\",\"end\":\"2026-01-01T00:00:00Z\"}]}");
        assertThatThrownBy(() -> LabelFile.read(f)).hasMessageContaining("incidents[0]").hasMessageContaining("start");
        assertThat(LabelFile.besides(dir.resolve("none.pcap"))).isEmpty();
    }
}
