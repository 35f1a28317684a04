package org.flowbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.Workspace;

/**
 * CPU cost of storing a steady stream the way the live collector does: batches of BATCH rows
 * handed to a {@link BulkFlowWriter} at RATE rows/s for SECONDS, chunks of CHUNK_MS. Prints the
 * process CPU seconds per million rows. Optional SQL (e.g. a SET) runs before.
 *
 * <pre>LiveStoreProbe RATE SECONDS CHUNK_MS BATCH [SQL]</pre>
 */
public final class LiveStoreProbe {
    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        long chunkNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[2]));
        int batchRows = Integer.parseInt(args[3]);
        Path dir = Files.createTempDirectory("live-store-probe");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            if (args.length > 4) try (Statement st = ws.connection().createStatement()) { st.execute(args[4]); }
            long id = ws.datasets().create("probe", "probe", 0, null, "live flows");
            SyntheticFlows flows = new SyntheticFlows(1_700_000_000L, rate);
            FlowBatch b = new FlowBatch(batchRows);
            long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime(), rows = 0;
            try (BulkFlowWriter w = new BulkFlowWriter(ws, id, batchRows, BulkFlowWriter.DEFAULT_CHUNK_ROWS, chunkNanos, 8)) {
                long total = (long) rate * seconds;
                while (rows < total) {
                    long due = t0 + rows * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    flows.fill(b);
                    w.accept(b);
                    rows += b.size;
                }
                w.finish();
                long cpu = os.getProcessCpuTime() - cpu0;
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf("rate %d chunk %d ms batch %d: %d rows in %.1f s wall, %.2f CPU s, %.2f CPU us per row, %d chunks%n",
                        rate, chunkNanos / 1_000_000, batchRows, rows, wall, cpu / 1e9, cpu / 1e3 / rows, w.chunks());
            }
        }
    }
}
