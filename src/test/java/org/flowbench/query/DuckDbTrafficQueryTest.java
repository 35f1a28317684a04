package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.FlowRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTrafficQueryTest {
    @TempDir Path dir;
    static final long T0 = 1_700_000_000L; // divisible by 10 and by 5 and 2

    @Test
    void perSecondSeriesFillsGapsAndScalesBySamplingRate() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("a", "a", 0, null, "pcap");
            new FlowRows()
                    .row(T0, "10.0.0.1", "10.0.0.2", 17, 1, 2, 10, 1000)
                    .row(T0, "10.0.0.3", "10.0.0.2", 17, 1, 2, 5, 500, 100)
                    .row(T0 + 3, "10.0.0.1", "10.0.0.2", 6, 1, 2, 1, 40)
                    .writeTo(ws, id);
            ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
            List<TrafficPoint> s = new DuckDbTrafficQuery(ws).series(id, 1000);
            assertThat(s).containsExactly(
                    new TrafficPoint(Instant.ofEpochSecond(T0), (1000 + 500 * 100) * 8.0, 10 + 5 * 100),
                    new TrafficPoint(Instant.ofEpochSecond(T0 + 1), 0, 0),
                    new TrafficPoint(Instant.ofEpochSecond(T0 + 2), 0, 0),
                    new TrafficPoint(Instant.ofEpochSecond(T0 + 3), 40 * 8.0, 1));
            Rollups.build(ws, id);
            assertThat(new DuckDbTrafficQuery(ws).series(id, 1000)).isEqualTo(s);
            assertThat(new DuckDbTrafficQuery(ws).series(id, 2)).hasSize(2);
        }
    }

    @Test
    void widerBucketsAverageTheRateOverTheBucket() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("a", "a", 0, null, "pcap");
            FlowRows rows = new FlowRows();
            for (int s = 0; s < 10; s++) rows.row(T0 + s, "10.0.0.1", "10.0.0.2", 17, 1, 2, 2, 100);
            rows.writeTo(ws, id);
            ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
            List<TrafficPoint> s = new DuckDbTrafficQuery(ws).series(id, 3);
            // 10 seconds in at most 3 buckets: 5-second buckets aligned on the epoch
            assertThat(s).containsExactly(
                    new TrafficPoint(Instant.ofEpochSecond(T0), 800, 2),
                    new TrafficPoint(Instant.ofEpochSecond(T0 + 5), 800, 2));
        }
    }

    @Test
    void datasetStillImportingIsAnsweredFromItsRowsAndEmptyGivesNoPoints() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long empty = ws.datasets().create("e", "e", 0, null, "pcap");
            assertThat(new DuckDbTrafficQuery(ws).series(empty, 10)).isEmpty();
            new FlowRows().row(T0, "::1", "::2", 58, 0, 0, 1, 64).writeTo(ws, empty);
            assertThat(new DuckDbTrafficQuery(ws).series(empty, 10)).containsExactly(
                    new TrafficPoint(Instant.ofEpochSecond(T0), 512, 1));
            assertThatThrownBy(() -> new DuckDbTrafficQuery(ws).series(empty, 0)).hasMessageContaining("maxPoints");
            assertThatThrownBy(() -> new DuckDbTrafficQuery(ws).series(999, 10)).hasMessageContaining("no dataset 999");
        }
    }

    @Test
    void bucketSizesAreRoundAndRespectMaxPoints() {
        Instant a = Instant.ofEpochSecond(T0);
        assertThat(BucketSize.choose(a, a, 1)).isEqualTo(1);
        assertThat(BucketSize.choose(a, a.plusSeconds(599), 600)).isEqualTo(1);
        assertThat(BucketSize.choose(a, a.plusSeconds(600), 600)).isEqualTo(2);
        assertThat(BucketSize.choose(a, a.plusSeconds(86_400), 1000)).isEqualTo(120);
        assertThat(BucketSize.choose(a, a.plusSeconds(86_400L * 365), 100)).isEqualTo(86_400L * 4);
        for (int max : new int[] {1, 2, 7, 100, 1000}) {
            long b = BucketSize.choose(a.plusSeconds(13), a.plusSeconds(100_000), max);
            assertThat(BucketSize.buckets(T0 + 13, T0 + 100_000, b)).isLessThanOrEqualTo(max);
        }
    }
}
