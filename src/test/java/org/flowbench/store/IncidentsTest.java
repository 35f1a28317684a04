package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentsTest {
    @TempDir Path dir;

    @Test
    void addAndListWithAndWithoutDataset() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long ds = ws.datasets().create("a", "a", 1, null, "pcap");
            Instant t = Instant.parse("2024-03-01T12:00:00Z");
            Incident attack = new Incident(0, ds, "NTP amplification", IncidentKind.ATTACK, t, t.plusSeconds(300),
                    "192.0.2.10", "proto = UDP AND src_port = 123", "from the NOC ticket");
            Incident maintenance = new Incident(0, null, "router upgrade", IncidentKind.MAINTENANCE,
                    t.minusSeconds(3600), t.minusSeconds(1800), null, null, null);
            long id1 = ws.incidents().add(attack);
            long id2 = ws.incidents().add(maintenance);

            assertThat(ws.incidents().list()).containsExactly(
                    new Incident(id2, null, "router upgrade", IncidentKind.MAINTENANCE, t.minusSeconds(3600),
                            t.minusSeconds(1800), null, null, null),
                    new Incident(id1, ds, "NTP amplification", IncidentKind.ATTACK, t, t.plusSeconds(300),
                            "192.0.2.10", "proto = UDP AND src_port = 123", "from the NOC ticket"));
            long other = ws.datasets().create("b", "b", 1, null, "pcap");
            assertThat(ws.incidents().forDataset(other)).extracting(Incident::id).containsExactly(id2);
            ws.incidents().delete(id2);
            assertThat(ws.incidents().list()).extracting(Incident::id).containsExactly(id1);
        }
    }

    @Test
    void updateReplacesEveryFieldOfThatIncidentOnly() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long ds = ws.datasets().create("a", "a", 1, null, "pcap");
            Instant t = Instant.parse("2024-03-01T12:00:00Z");
            long keep = ws.incidents().add(new Incident(0, ds, "kept", IncidentKind.ATTACK, t, t.plusSeconds(60),
                    null, null, null));
            long edit = ws.incidents().add(new Incident(0, ds, "flood", IncidentKind.ATTACK, t, t.plusSeconds(60),
                    "192.0.2.10", "dst_addr = 192.0.2.10", null));
            Incident corrected = new Incident(edit, null, "planned test", IncidentKind.MAINTENANCE, t.plusSeconds(5),
                    t.plusSeconds(90), null, null, "it's a test; -- not an attack");

            assertThat(ws.incidents().update(corrected)).isTrue();
            assertThat(ws.incidents().update(new Incident(9_999, null, "gone", IncidentKind.BENIGN, t, t, null, null, null)))
                    .isFalse();

            assertThat(ws.incidents().list()).containsExactly(
                    new Incident(keep, ds, "kept", IncidentKind.ATTACK, t, t.plusSeconds(60), null, null, null),
                    corrected);
        }
    }

    @Test
    void incidentEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Incident(0, null, "x", IncidentKind.BENIGN, Instant.ofEpochSecond(10),
                Instant.ofEpochSecond(5), null, null, null)).hasMessageContaining("ends before it starts");
    }
}
