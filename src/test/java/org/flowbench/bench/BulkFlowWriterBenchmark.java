package org.flowbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Seconds to load 3M synthetic flood rows (24 batches of 122,880, time-ordered) into a fresh
 * dataset through {@link BulkFlowWriter}, committed: rows/s = 2,949,120 / score. The batches
 * are generated once and shifted in time, so the score is the loader's, not the generator's.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-Darrow.enable_unsafe_memory_access=true"})
@State(Scope.Benchmark)
public class BulkFlowWriterBenchmark {
    static final int ROWS = 122_880;
    static final int BATCHES = 24;
    static final int ROWS_PER_SECOND = 2800;

    /** Rows per INSERT (and commit). */
    @Param({"983040", "1966080"})
    public long chunkRows;

    Path dir;
    Workspace workspace;
    final FlowBatch[] batches = new FlowBatch[2];

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("flowbench-bulk-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        SyntheticFlows flows = new SyntheticFlows(1_700_000_000L, ROWS_PER_SECOND);
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new FlowBatch(ROWS);
            flows.fill(batches[i]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public DatasetTotals load() throws Exception {
        long id = workspace.datasets().create("bench", "bench", 0, null, "pcap");
        // two batches span 2 * ROWS / ROWS_PER_SECOND seconds; shifting keeps the rows in time order
        long span = 2L * ROWS / ROWS_PER_SECOND * 1_000_000L;
        try (BulkFlowWriter w = new BulkFlowWriter(workspace, id, ROWS, chunkRows, TimeUnit.SECONDS.toNanos(2))) {
            for (int k = 0; k < BATCHES; k++) {
                FlowBatch b = batches[k & 1];
                if (k >= 2) {
                    for (int i = 0; i < b.size; i++) b.tsMicros[i] += span;
                }
                w.accept(b);
            }
            return w.finish();
        }
    }
}
