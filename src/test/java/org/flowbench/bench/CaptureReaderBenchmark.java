package org.flowbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.pcap.CaptureReader;
import org.flowbench.ingest.pcap.CaptureReaders;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frames per second through {@link CaptureReaders}: a synthetic capture of 60-byte frames (a
 * flood's typical size), read whole per invocation from the page cache. Score = frames/s.
 * Set -Dbench.keep=DIR to keep the generated files (to compare with tcpdump -r f -w /dev/null).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CaptureReaderBenchmark {
    static final int FRAMES = 2_000_000;
    static final int FRAME_BYTES = 60;

    @Param({"pcap", "pcapng", "pcap.gz"})
    public String format;

    private Path file;

    @Setup(Level.Trial)
    public void writeCapture() throws IOException {
        String keep = System.getProperty("bench.keep");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("capture-bench");
        file = dir.resolve("synthetic." + format);
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
             OutputStream out = format.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            if (format.equals("pcapng")) writePcapng(out);
            else writePcap(out);
        }
    }

    @TearDown(Level.Trial)
    public void deleteCapture() throws IOException {
        if (System.getProperty("bench.keep") == null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long readAllFrames() throws IOException {
        long sum = 0;
        try (CaptureReader reader = CaptureReaders.open(file, new DamageLog())) {
            CapturedPacket p = new CapturedPacket();
            while (reader.next(p)) sum += p.capturedLength + p.data[p.offset + 23] + p.nanos;
        }
        return sum;
    }

    private static void writePcap(OutputStream out) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + FRAME_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.write(b.array(), 0, 24);
        for (int i = 0; i < FRAMES; i++) {
            b.clear();
            b.putInt(1_700_000_000 + i / 100_000).putInt(i % 1_000_000).putInt(FRAME_BYTES).putInt(FRAME_BYTES);
            putFrame(b, i);
            out.write(b.array(), 0, b.position());
        }
    }

    private static void writePcapng(OutputStream out) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);
        out.write(b.array(), 0, b.position());
        int length = 32 + FRAME_BYTES;
        for (int i = 0; i < FRAMES; i++) {
            long micros = 1_700_000_000_000_000L + i * 10L;
            b.clear();
            b.putInt(6).putInt(length).putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros)
                    .putInt(FRAME_BYTES).putInt(FRAME_BYTES);
            putFrame(b, i);
            b.putInt(length);
            out.write(b.array(), 0, b.position());
        }
    }

    /** Ethernet + IPv4 + UDP, 60 bytes, sources varying with {@code i}. */
    private static void putFrame(ByteBuffer b, int i) {
        ByteBuffer f = b.duplicate().order(ByteOrder.BIG_ENDIAN);
        f.putLong(0x0011_2233_4455_6677L).putInt(0x8899_aabb).putShort((short) 0x0800);
        f.putInt(0x4500_002e).putInt(0).putInt(0x4011_0000).putInt(0x0a00_0000 | (i & 0xFFFFFF)).putInt(0xc0a8_0001);
        f.putShort((short) (1024 + (i & 0x7FFF))).putShort((short) 53).putShort((short) 26).putShort((short) 0);
        f.put(new byte[FRAME_BYTES - 42]);
        b.position(f.position());
    }
}
