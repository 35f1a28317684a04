package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import org.flowbench.query.DatasetSummary.AddressTotal;
import org.flowbench.query.DatasetSummary.ProtocolTotal;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.FlowRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSummaryQueryTest {
    @TempDir Path dir;

    @Test
    void totalsProtocolsAndTopAddressesAsTextWithOrWithoutRollups() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long other = ws.datasets().create("other", "o", 0, null, "pcap");
            new FlowRows().row(100, "203.0.113.9", "203.0.113.9", 6, 1, 1, 1000, 1_000_000).writeTo(ws, other);
            long id = ws.datasets().create("flood", "f", 0, null, "pcap");
            new FlowRows()
                    .row(100, "192.0.2.1", "198.51.100.7", 17, 123, 4444, 10, 4680)
                    .row(100, "192.0.2.2", "198.51.100.7", 17, 123, 4444, 10, 4680)
                    .row(161, "2001:db8::5", "2001:db8::7", 6, 5555, 443, 3, 180)
                    .row(161, "192.0.2.1", "198.51.100.8", 1, 0, 0, 1, 84, 10)
                    .writeTo(ws, id);
            ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");

            DatasetSummary raw = new DatasetSummaryQuery(ws).summarize(id);
            Rollups.build(ws, id);
            DatasetSummary rolled = new DatasetSummaryQuery(ws).summarize(id);
            assertThat(rolled).isEqualTo(raw);

            assertThat(raw.name()).isEqualTo("flood");
            assertThat(raw.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(raw.firstTs()).isEqualTo(Instant.ofEpochSecond(100));
            assertThat(raw.lastTs()).isEqualTo(Instant.ofEpochSecond(161));
            assertThat(raw.packets()).isEqualTo(10 + 10 + 3 + 10);
            assertThat(raw.bytes()).isEqualTo(4680 * 2 + 180 + 840);
            assertThat(raw.rows()).isEqualTo(4);
            assertThat(raw.flows()).isEqualTo(4);
            assertThat(raw.protocols()).containsExactly(
                    new ProtocolTotal(17, "UDP", 20, 9360),
                    new ProtocolTotal(1, "ICMP", 10, 840),
                    new ProtocolTotal(6, "TCP", 3, 180));
            assertThat(raw.topDestinations()).containsExactly(
                    new AddressTotal("198.51.100.7", 20, 9360),
                    new AddressTotal("198.51.100.8", 10, 840),
                    new AddressTotal("2001:db8::7", 3, 180));
            assertThat(raw.topSources()).containsExactly(
                    new AddressTotal("192.0.2.1", 20, 4680 + 840),
                    new AddressTotal("192.0.2.2", 10, 4680),
                    new AddressTotal("2001:db8::5", 3, 180));
        }
    }

    @Test
    void topListsStopAtTen() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("many", "m", 0, null, "pcap");
            FlowRows rows = new FlowRows();
            for (int i = 1; i <= 25; i++) rows.row(5, "10.0.0." + i, "10.1.0." + i, 17, 1, 2, 1, 100L * i);
            rows.writeTo(ws, id);
            Rollups.build(ws, id);
            DatasetSummary s = new DatasetSummaryQuery(ws).summarize(id);
            assertThat(s.topDestinations()).hasSize(10).first().isEqualTo(new AddressTotal("10.1.0.25", 1, 2500));
            assertThat(s.topSources()).hasSize(10).last().isEqualTo(new AddressTotal("10.0.0.16", 1, 1600));
            try (Statement st = ws.connection().createStatement()) {
                st.execute("DELETE FROM flows"); // the summary of an empty dataset is empty, not an error
            }
            ws.datasets().deleteRows(id);
            DatasetSummary empty = new DatasetSummaryQuery(ws).summarize(id);
            assertThat(empty.rows()).isZero();
            assertThat(empty.topSources()).isEmpty();
            assertThat(empty.protocols()).isEmpty();
        }
    }
}
