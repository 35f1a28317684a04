package org.flowbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.flowbench.samples.Addresses;
import org.flowbench.samples.FrameBuilder;
import org.flowbench.samples.PacketSpec;
import org.flowbench.samples.PcapWriter;
import org.flowbench.samples.SeededRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and writing frames: a spoofed SYN (no payload) and a 512-byte UDP flood packet
 * (checksum over the payload), into a discarding stream so the disk is not measured.
 * Run: java -cp target/test-classes:target/classes:$(cat target/classpath.txt):JMH jars
 * org.openjdk.jmh.Main PcapWriterBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PcapWriterBenchmark {
    @Param({"0", "512"})
    public int payload;

    private final PacketSpec spec = new PacketSpec();
    private final FrameBuilder builder = new FrameBuilder();
    private final SeededRandom random = new SeededRandom(1);
    private PcapWriter writer;
    private long time;

    @Setup(Level.Trial)
    public void open() throws IOException {
        writer = new PcapWriter(OutputStream.nullOutputStream());
        random.nextBytes(spec.payload, 0, 512);
    }

    @Benchmark
    public int packet() throws IOException {
        spec.v4(Addresses.randomPublicV4(random), Addresses.v4("203.0.113.11"));
        spec.timeMicros = time += 37;
        spec.srcPort = random.between(1024, 65_535);
        spec.dstPort = 443;
        spec.ipId = random.nextInt(65_536);
        if (payload == 0) {
            spec.proto = PacketSpec.TCP;
            spec.tcpFlags = PacketSpec.SYN;
            spec.payloadLength = 0;
        } else {
            spec.proto = PacketSpec.UDP;
            spec.tcpFlags = 0;
            spec.payloadLength = payload;
        }
        return builder.emit(spec, writer);
    }
}
