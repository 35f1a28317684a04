package org.flowbench.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
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
 * A whole import (read, decode, aggregate, store, rollups) of a generated 3M-packet capture
 * (230 MB: half a one-victim flood, half spoofed sources), in a 512 MB heap: packets per second,
 * and proof that the import fits in -Xmx512m.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-Darrow.enable_unsafe_memory_access=true"})
@State(Scope.Benchmark)
public class ImportJobBenchmark {
    static final int PACKETS = 3_000_000;

    Path dir;
    Path capture;

    @Setup(Level.Trial)
    public void writeCapture() throws Exception {
        dir = Files.createTempDirectory("flowbench-import-bench");
        capture = dir.resolve("flood.pcap");
        SplittableRandom r = new SplittableRandom(3);
        ByteBuffer frame = ByteBuffer.allocate(16 + 60).order(ByteOrder.BIG_ENDIAN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(capture), 1 << 20)) {
            ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
            out.write(h.array());
            for (int i = 0; i < PACKETS; i++) {
                boolean spoofed = (i & 1) == 1;
                int src = spoofed ? r.nextInt() : 0x0A000000 + r.nextInt(50);
                frame.clear();
                frame.order(ByteOrder.LITTLE_ENDIAN).putInt(1_700_000_000 + i / 50_000).putInt(i % 1_000_000)
                        .putInt(60).putInt(60).order(ByteOrder.BIG_ENDIAN);
                frame.put(new byte[12]).putShort((short) 0x0800);
                frame.put((byte) 0x45).put((byte) 0).putShort((short) 46).putInt(0).put((byte) 64).put((byte) 17)
                        .putShort((short) 0).putInt(src).putInt(0xC0000207);
                frame.putShort((short) (spoofed ? r.nextInt(65536) : 123)).putShort((short) 80).putShort((short) 26)
                        .putShort((short) 0).put(new byte[18]);
                out.write(frame.array(), 0, frame.position());
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Seconds per import of the whole capture; packets/s = 3,000,000 / score. */
    @Benchmark
    public ImportReport importCapture() throws Exception {
        Path file = dir.resolve("ws-" + System.nanoTime() + ".duckdb");
        try (Workspace ws = Workspace.open(file)) {
            ImportReport report = new ImportJob(ws).importFile(capture, Progress.NONE, Cancellation.none());
            if (report.status() != DatasetStatus.COMPLETE || report.ipPackets() != PACKETS) {
                throw new IllegalStateException("import did not complete: " + report);
            }
            System.out.printf("%n%d packets -> %d rows in %.2f s (%.0f packets/s), heap max %d MB%n", report.ipPackets(),
                    report.rows(), report.seconds(), report.ipPackets() / report.seconds(),
                    Runtime.getRuntime().maxMemory() >> 20);
            return report;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve(file.getFileName() + ".wal"));
        }
    }
}
