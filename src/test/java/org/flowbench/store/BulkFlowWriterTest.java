package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.flowbench.schema.FlowBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkFlowWriterTest {
    @TempDir Path dir;

    @Test
    void everyAcceptedRowIsCommittedInChunksWithExactTotals() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("x", "x", 0, null, "pcap");
            FlowBatch b = new FlowBatch(1000);
            try (BulkFlowWriter w = new BulkFlowWriter(ws, id, 1000, 2500, TimeUnit.SECONDS.toNanos(60))) {
                for (int batch = 0; batch < 10; batch++) {
                    fill(b, batch, 1000 - batch * 50);
                    w.accept(b);
                }
                DatasetTotals t = w.finish();
                assertThat(t.rows()).isEqualTo(7750);
                assertThat(t.packets()).isEqualTo(2 * 7750);
                assertThat(t.firstTs()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
                assertThat(t.lastTs()).isEqualTo(Instant.ofEpochSecond(1_700_000_099L));
                assertThat(w.committedRows()).isEqualTo(7750);
                // 2,500-row chunks of 1,000-row batches: a chunk ends once it holds 2,500 rows or more
                assertThat(w.chunks()).isEqualTo(3);
            }
            try (Statement st = ws.connection().duplicate().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), sum(bytes), count(in_if), count(src_country),"
                         + " count(DISTINCT ts), min(dataset_id), max(dataset_id), max(src_addr) FROM flows")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(7750);
                assertThat(rs.getLong(2)).isEqualTo(7750 * 100);
                assertThat(rs.getLong(3)).isEqualTo(7750 / 2);
                assertThat(rs.getLong(4)).isGreaterThan(0);
                assertThat(rs.getLong(5)).isEqualTo(100);
                assertThat(rs.getLong(6)).isEqualTo(id);
                assertThat(rs.getLong(7)).isEqualTo(id);
                assertThat(rs.getString(8)).isEqualTo("999");
            }
            assertThat(setting(ws)).as("preserve_insertion_order is restored").isEqualTo("true");
        }
    }

    @Test
    void aSourceThatFallsSilentIsCommittedWhenItsChunkTimeIsUp() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("x", "x", 0, null, "live flows");
            FlowBatch b = new FlowBatch(100);
            try (BulkFlowWriter w = new BulkFlowWriter(ws, id, 100, Long.MAX_VALUE, TimeUnit.MILLISECONDS.toNanos(200))) {
                fill(b, 0, 60);
                w.accept(b);
                // nothing more arrives: the chunk must end on its time, not wait for the next batch
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (w.committedRows() < 60 && System.nanoTime() < deadline) Thread.sleep(10);
                assertThat(w.committedRows()).as("committed without finish()").isEqualTo(60);
                assertThat(w.chunks()).isEqualTo(1);
                fill(b, 1, 40);
                w.accept(b);
                assertThat(w.finish().rows()).isEqualTo(100);
                assertThat(w.chunks()).isEqualTo(2);
            }
            assertThat(count(ws)).isEqualTo(100);
        }
    }

    @Test
    void closingWithoutFinishRollsBackTheChunkInFlight() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("x", "x", 0, null, "pcap");
            FlowBatch b = new FlowBatch(100);
            try (BulkFlowWriter w = new BulkFlowWriter(ws, id, 100, Long.MAX_VALUE, Long.MAX_VALUE)) {
                for (int batch = 0; batch < 5; batch++) {
                    fill(b, batch, 100);
                    w.accept(b);
                }
            }
            assertThat(count(ws)).isZero();
        }
    }

    @Test
    void aStorageFailureReachesTheProducer() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            FlowBatch b = new FlowBatch(100);
            // dataset_id is a UINTEGER: -1 makes every INSERT fail inside DuckDB
            try (BulkFlowWriter w = new BulkFlowWriter(ws, -1, 100, 200, Long.MAX_VALUE)) {
                assertThatThrownBy(() -> {
                    for (int batch = 0; batch < 1000; batch++) {
                        fill(b, batch, 100);
                        w.accept(b);
                    }
                    w.finish();
                }).isInstanceOf(SQLException.class);
            }
            assertThat(count(ws)).isZero();
            // the workspace connection is still usable
            assertThat(ws.datasets().create("y", "y", 0, null, "pcap")).isPositive();
        }
    }

    private static void fill(FlowBatch b, int batch, int n) {
        TestBatches.fill(b, 1_700_000_000L + batch * 10L, n);
    }

    private static long count(Workspace ws) throws SQLException {
        try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM flows")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String setting(Workspace ws) throws SQLException {
        try (Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('preserve_insertion_order')::VARCHAR")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
