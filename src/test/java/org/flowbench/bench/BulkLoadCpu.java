package org.flowbench.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.Workspace;

/**
 * The loader of {@link BulkFlowWriterBenchmark} (2,949,120 synthetic rows, 983,040-row chunks)
 * with the process CPU time beside the wall time of each load: on the shared 2-core machine
 * CPU is what compares two builds run minutes apart. Usage: {@code BulkLoadCpu [RUNS [SQL...]]}
 * (default 7 runs, the first two are warm-up; each SQL, e.g. a DuckDB {@code SET}, runs once
 * before the loads); prints {@code run N: wall MS cpu MS}.
 */
public final class BulkLoadCpu {
    private BulkLoadCpu() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path dir = Files.createTempDirectory("flowbench-bulk-cpu");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            for (int i = 1; i < args.length; i++) {
                try (var st = ws.connection().createStatement()) {
                    st.execute(args[i]);
                }
            }
            FlowBatch[] batches = new FlowBatch[2];
            SyntheticFlows flows = new SyntheticFlows(1_700_000_000L, BulkFlowWriterBenchmark.ROWS_PER_SECOND);
            for (int i = 0; i < batches.length; i++) {
                batches[i] = new FlowBatch(BulkFlowWriterBenchmark.ROWS);
                flows.fill(batches[i]);
            }
            long span = 2L * BulkFlowWriterBenchmark.ROWS / BulkFlowWriterBenchmark.ROWS_PER_SECOND * 1_000_000L;
            for (int r = 0; r < runs; r++) {
                long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
                long id = ws.datasets().create("bench", "bench", 0, null, "pcap");
                try (BulkFlowWriter w = new BulkFlowWriter(ws, id, BulkFlowWriterBenchmark.ROWS, 983_040,
                        TimeUnit.SECONDS.toNanos(2))) {
                    for (int k = 0; k < BulkFlowWriterBenchmark.BATCHES; k++) {
                        FlowBatch b = batches[k & 1];
                        for (int i = 0; i < b.size; i++) b.tsMicros[i] += span;
                        w.accept(b);
                    }
                    w.finish();
                }
                System.out.printf("run %d: wall %d cpu %d%n", r,
                        (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
