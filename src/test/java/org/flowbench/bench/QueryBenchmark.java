package org.flowbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.query.DuckDbTrafficQuery;
import org.flowbench.query.TrafficPoint;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.FlowWriter;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The summary and chart queries on a generated 10M-row dataset (about one hour at 2,800 rows/s). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-Darrow.enable_unsafe_memory_access=true"})
@State(Scope.Benchmark)
public class QueryBenchmark {
    static final int BATCHES = 153; // 153 * 65,536 = 10.03M rows

    Path dir;
    Workspace workspace;
    long id;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("flowbench-query-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        id = workspace.datasets().create("10M", "synthetic", 0, null, "bench");
        FlowBatch b = new FlowBatch(65_536);
        SyntheticFlows rows = new SyntheticFlows(1_700_000_000L, 2800);
        long t0 = System.nanoTime();
        try (FlowWriter w = new FlowWriter(workspace, id, b.capacity)) {
            for (int i = 0; i < BATCHES; i++) {
                rows.fill(b);
                w.accept(b);
            }
            workspace.datasets().finish(id, DatasetStatus.COMPLETE, w.totals(), "{}");
        }
        long t1 = System.nanoTime();
        Rollups.build(workspace, id);
        long t2 = System.nanoTime();
        System.out.printf("%nloaded %d rows in %.1f s, rollups in %.1f s%n", BATCHES * 65_536L, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public List<TrafficPoint> perSecondSeries() throws Exception {
        return new DuckDbTrafficQuery(workspace).series(id, 4000);
    }

    @Benchmark
    public DatasetSummary wholeSummary() throws Exception {
        return new DatasetSummaryQuery(workspace).summarize(id);
    }

    @Benchmark
    public long topDestinationsFromRollup() throws Exception {
        return top("SELECT dst_addr, sum(bytes) FROM rollup_dst_minute WHERE dataset_id = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 10");
    }

    @Benchmark
    public long topDestinationsRaw() throws Exception {
        return top("SELECT dst_addr, sum(bytes) FROM flows WHERE dataset_id = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 10");
    }

    @Benchmark
    public long topSourcesFromRollup() throws Exception {
        return top("SELECT src_addr, bytes FROM rollup_src_total WHERE dataset_id = ? ORDER BY 2 DESC LIMIT 10");
    }

    @Benchmark
    public long topSourcesRaw() throws Exception {
        return top("SELECT src_addr, sum(bytes) FROM flows WHERE dataset_id = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 10");
    }

    private long top(String sql) throws Exception {
        long n = 0;
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) n += rs.getLong(2);
            }
        }
        return n;
    }
}
