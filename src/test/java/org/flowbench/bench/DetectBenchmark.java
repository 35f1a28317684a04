package org.flowbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbench.detect.Condition;
import org.flowbench.detect.GroupKey;
import org.flowbench.detect.Presets;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Simulator;
import org.flowbench.detect.Sweep;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepResult;
import org.flowbench.detect.Window;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
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

/**
 * Detection over a synthetic 10M-row dataset made in DuckDB SQL (one hour, about 2,800 rows/s
 * in time order; 60% of rows to 10 victims, the rest to 5,000 hosts; sources drawn from 3M;
 * 60% UDP, 30% TCP SYN, 10% ICMP; 1-20 packets of 40-1500 B per row). Budgets (issue 5): one
 * rule in 500 ms, a 50-point sweep in 2 s. Heap capped at 512 MB: alerts stream, windows stay in DuckDB.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class DetectBenchmark {
    static final long ROWS = 10_000_000L;

    Path dir;
    Workspace workspace;
    List<Long> ids;
    Rule perHost;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("flowbench-detect-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        long id = workspace.datasets().create("10M", "synthetic", 0, null, "bench");
        ids = List.of(id);
        long t0 = System.nanoTime();
        try (Statement st = workspace.connection().createStatement()) {
            st.execute("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr, ip_version, proto, src_port, dst_port,"
                    + " tcp_flags, pkt_len, frag, packets, bytes, sampling_rate, flows)"
                    + " SELECT " + id + ", TIMESTAMP '2026-01-01 00:00:00' + to_microseconds(i * 360),"
                    + " (281470681743360 + 184549376 + hash(i, 1) % 3000000)::UHUGEINT,"
                    + " (281470681743360 + 3325256704 + CASE WHEN hash(i, 2) % 10 < 6 THEN hash(i, 3) % 10"
                    + "   ELSE hash(i, 3) % 5000 END)::UHUGEINT, 4,"
                    + " CASE WHEN hash(i, 4) % 10 < 6 THEN 17 WHEN hash(i, 4) % 10 < 9 THEN 6 ELSE 1 END AS p,"
                    + " CASE WHEN p = 1 THEN 0 WHEN hash(i, 5) % 3 = 0 THEN 123 ELSE 1024 + hash(i, 5) % 64000 END,"
                    + " CASE WHEN p = 1 THEN 0 WHEN hash(i, 6) % 3 = 0 THEN 443 ELSE hash(i, 6) % 65536 END,"
                    + " CASE WHEN p = 6 THEN 2 ELSE 0 END, 40 + hash(i, 7) % 1460 AS len, 0,"
                    + " 1 + hash(i, 8) % 20 AS n, n * len, 1, 1"
                    + " FROM range(" + ROWS + ") r(i) ORDER BY i");
        }
        workspace.checkpoint();
        System.out.printf("%ncreated %,d rows in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
        // each victim gets about 1,750 pps (167 rows/s of 10.5 packets), a background host about 2: 100 pps separates them
        perHost = new Rule("per-host", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse("pps > 100 OR udp_bps > 1G OR syn_pps > 10k"), Duration.ZERO, Duration.ofSeconds(20));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The budgeted case: one rule, alerts streamed (no vectors). */
    @Benchmark
    public int oneRulePerHostTumbling() throws Exception {
        AtomicInteger n = new AtomicInteger();
        new Simulator(workspace).stream(ids, perHost, true, a -> n.incrementAndGet());
        return n.get();
    }

    /** The same with each alert's dominant vector, as the CLI and the window show it. */
    @Benchmark
    public int oneRulePerHostWithVectors() throws Exception {
        return new Simulator(workspace).run(ids, RuleSet.of(perHost)).alerts().size();
    }

    /** FastNetMon preset: 5 s window sliding by 1 s. */
    @Benchmark
    public int fastnetmonSliding() throws Exception {
        AtomicInteger n = new AtomicInteger();
        new Simulator(workspace).stream(ids, Presets.load("fastnetmon").rules().get(0), false, a -> n.incrementAndGet());
        return n.get();
    }

    /** Akvorado preset: per minute, keyed by destination, protocol and source port, with distinct sources. */
    @Benchmark
    public int akvoradoPerMinute() throws Exception {
        AtomicInteger n = new AtomicInteger();
        new Simulator(workspace).stream(ids, Presets.load("akvorado").rules().get(0), false, a -> n.incrementAndGet());
        return n.get();
    }

    /** 50 points of the per-host pps threshold, 20 to 1,000 pps. */
    @Benchmark
    public int sweep50Points() throws Exception {
        SweepResult r = new Sweep(workspace).run(ids, RuleSet.of(perHost), SweepAxis.parse("pps=20:1000:20"), null,
                List.of(), new Cancellation());
        return r.points().size();
    }
}
