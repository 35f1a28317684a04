package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

class DatasetsTest extends FreshWorkspaceTest {
    @Test
    void createFinishGetAndList() throws Exception {
        long a = ws.datasets().create("a.pcap", "/x/a.pcap", 10, "fp-a", "pcap");
        DatasetInfo importing = ws.datasets().get(a).orElseThrow();
        assertThat(importing.status()).isEqualTo(DatasetStatus.IMPORTING);
        assertThat(importing.createdAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(importing.firstTs()).isNull();

        Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
        ws.datasets().finish(a, DatasetStatus.COMPLETE, new DatasetTotals(t0, t0.plusSeconds(9), 100, 6400, 7),
                "{\"ok\":true}");
        DatasetInfo done = ws.datasets().get(a).orElseThrow();
        assertThat(done).isEqualTo(new DatasetInfo(a, "a.pcap", "/x/a.pcap", "pcap", DatasetStatus.COMPLETE,
                importing.createdAt(), t0, t0.plusSeconds(9), 100, 6400, 7, "{\"ok\":true}"));

        long b = ws.datasets().create("b.pcap", "/x/b.pcap", 10, "fp-b", "pcap");
        assertThat(ws.datasets().list()).extracting(DatasetInfo::id).containsExactly(a, b);
    }

    @Test
    void sameNameGetsANumberAndFindWorksByIdOrName() throws Exception {
        long a = ws.datasets().create("x.pcap", "/1/x.pcap", 1, null, "pcap");
        long b = ws.datasets().create("x.pcap", "/2/x.pcap", 1, null, "pcap");
        assertThat(ws.datasets().get(b).orElseThrow().name()).isEqualTo("x.pcap (2)");
        assertThat(ws.datasets().find("x.pcap").orElseThrow().id()).isEqualTo(a);
        assertThat(ws.datasets().find("x.pcap (2)").orElseThrow().id()).isEqualTo(b);
        assertThat(ws.datasets().find(Long.toString(b)).orElseThrow().id()).isEqualTo(b);
        assertThat(ws.datasets().find("nope")).isEmpty();
        assertThat(ws.datasets().find("99999")).isEmpty();
    }

    @Test
    void deleteRemovesTheDatasetWithItsRowsAndLeavesOthers() throws Exception {
        long a = ws.datasets().create("a", "a", 1, null, "pcap");
        long b = ws.datasets().create("b", "b", 1, null, "pcap");
        try (Statement st = ws.connection().createStatement()) {
            for (long id : new long[] {a, b}) {
                st.execute("INSERT INTO flows (dataset_id, ts, packets, bytes, sampling_rate, flows) VALUES ("
                        + id + ", TIMESTAMP '2024-01-01 00:00:00', 1, 60, 1, 1)");
            }
        }
        ws.incidents().add(new Incident(0, a, "syn flood", IncidentKind.ATTACK, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1), null, null, null));
        ws.datasets().delete(a);
        assertThat(ws.datasets().get(a)).isEmpty();
        assertThat(ws.incidents().list()).isEmpty();
        try (Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT dataset_id, count(*) FROM flows GROUP BY ALL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(b);
            assertThat(rs.getLong(2)).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
    }
}
