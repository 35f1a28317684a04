package org.flowbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.FlowWriter;
import org.flowbench.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second into a file workspace: the Arrow C stream path of {@link FlowWriter} against
 * DuckDB's Appender, both committing one 122,880-row batch (a DuckDB row group) per transaction.
 * Run: see docs/decisions/0002-bulk-load-path.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-Darrow.enable_unsafe_memory_access=true"})
@State(Scope.Benchmark)
public class FlowWriterBenchmark {
    static final int ROWS = 122_880;

    Path dir;
    Workspace workspace;
    FlowWriter writer;
    FlowBatch batch;
    long datasetId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("flowbench-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        datasetId = workspace.datasets().create("bench", "bench", 0, null, "bench");
        writer = new FlowWriter(workspace, datasetId, ROWS);
        batch = new FlowBatch(ROWS);
        new SyntheticFlows(1_700_000_000L, 2800).fill(batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        writer.close();
        workspace.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void arrowStream() throws Exception {
        writer.accept(batch);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void appender() throws SQLException {
        DuckDBConnection c = workspace.connection();
        FlowBatch b = batch;
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "flows")) {
            for (int i = 0; i < b.size; i++) {
                a.beginRow();
                a.append((int) datasetId);
                a.appendEpochMicros(b.tsMicros[i]);
                a.append((int) b.durationMs[i]);
                if (b.hasExporter[i]) a.appendHugeInt(b.exporterLo[i], b.exporterHi[i]); else a.appendNull();
                optional(a, b.inIf[i]);
                optional(a, b.outIf[i]);
                a.appendHugeInt(b.srcLo[i], b.srcHi[i]);
                a.appendHugeInt(b.dstLo[i], b.dstHi[i]);
                a.append(b.ipVersion[i]);
                a.append((byte) b.proto[i]);
                a.append((short) b.srcPort[i]);
                a.append((short) b.dstPort[i]);
                a.append((byte) b.icmpType[i]);
                a.append((byte) b.icmpCode[i]);
                a.append((byte) b.tcpFlags[i]);
                a.append((short) b.pktLen[i]);
                a.append((byte) b.dscp[i]);
                a.append((byte) b.frag[i]);
                a.append((short) b.vlan[i]);
                optional(a, b.srcAs[i]);
                optional(a, b.dstAs[i]);
                a.append(b.srcCountry[i]);
                a.append(b.dstCountry[i]);
                a.append(b.packets[i]);
                a.append(b.bytes[i]);
                a.append((int) b.samplingRate[i]);
                a.append((int) b.flows[i]);
                a.endRow();
            }
        } // close flushes; autocommit makes it the batch's own transaction
    }

    private static void optional(DuckDBAppender a, long v) throws SQLException {
        if (v == FlowBatch.NULL) a.appendNull(); else a.append((int) v);
    }
}
