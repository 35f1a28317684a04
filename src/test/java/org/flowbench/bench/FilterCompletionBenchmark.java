package org.flowbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.filter.DuckDbValueSource;
import org.flowbench.filter.FilterCompletion;
import org.flowbench.filter.Suggestion;
import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.FlowWriter;
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
 * Filter completion over a generated 3.1M-row dataset (3M distinct sources): {@code warm} is a
 * keystroke once the column's values are cached; {@code coldColumnLoad} is the one GROUP BY per
 * column that {@link DuckDbValueSource#precompute()} runs in the background.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-Darrow.enable_unsafe_memory_access=true"})
@State(Scope.Benchmark)
public class FilterCompletionBenchmark {
    static final int BATCHES = 48; // 48 * 65,536 = 3.15M rows

    @Param({"src|", "dst_addr = 198.51.100.|", "src_addr = 11.1|", "src_port = 12|", "proto = |",
            "proto = UDP AND dst_port IN (443, |"})
    public String textWithCaret;

    Path dir;
    Workspace workspace;
    long id;
    DuckDbValueSource warmSource;
    FilterCompletion completion;
    String text;
    int caret;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("flowbench-completion-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        id = workspace.datasets().create("3M", "synthetic", 0, null, "bench");
        FlowBatch b = new FlowBatch(65_536);
        SyntheticFlows rows = new SyntheticFlows(1_700_000_000L, 2800);
        try (FlowWriter w = new FlowWriter(workspace, id, b.capacity)) {
            for (int i = 0; i < BATCHES; i++) {
                rows.fill(b);
                w.accept(b);
            }
            workspace.datasets().finish(id, DatasetStatus.COMPLETE, w.totals(), "{}");
        }
        warmSource = new DuckDbValueSource(workspace, List.of(id)).precompute();
        for (FlowField f : FlowField.values()) warmSource.loaded(f);
        completion = new FilterCompletion(warmSource);
        caret = textWithCaret.indexOf('|');
        text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        warmSource.close();
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public List<Suggestion> warm() {
        return completion.complete(text, caret);
    }

    /** Loading the column the text completes a value of (src_addr for the 3M-source case). */
    @Benchmark
    public int coldColumnLoad() throws Exception {
        FlowField f = text.startsWith("dst_addr") ? FlowField.DST_ADDR : text.startsWith("src_addr") ? FlowField.SRC_ADDR
                : text.startsWith("src_port") ? FlowField.SRC_PORT : text.contains("dst_port") ? FlowField.DST_PORT : FlowField.PROTO;
        try (DuckDbValueSource cold = new DuckDbValueSource(workspace, List.of(id))) {
            return cold.loaded(f).size();
        }
    }
}
