package org.flowbench.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketAggregator;
import org.flowbench.schema.Addresses;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Packets per second through the aggregator into a sink that only looks at the batches.
 * {@code spoofed}: every packet from a random source (the worst case, about one row per
 * packet); {@code flood}: 50 sources hammering one victim (the common case, few rows).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class PacketAggregatorBenchmark {
    static final int PACKETS = 1 << 20;

    @Param({"flood", "spoofed"})
    public String traffic;

    DecodedPacket[] packets;
    long[] seconds;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        packets = new DecodedPacket[4096];
        for (int i = 0; i < packets.length; i++) {
            DecodedPacket p = new DecodedPacket();
            int src = traffic.equals("flood") ? 0x0A000000 + r.nextInt(50) : r.nextInt();
            p.srcLo = Addresses.v4Lo(src);
            p.dstLo = Addresses.v4Lo(0xC0000207);
            p.ipVersion = 4;
            p.proto = 17;
            p.srcPort = traffic.equals("flood") ? 123 : r.nextInt(65536);
            p.dstPort = 80;
            p.pktLen = 468;
            p.ipBytes = 468;
            packets[i] = p;
        }
        seconds = new long[PACKETS];
        for (int i = 0; i < PACKETS; i++) seconds[i] = 1_700_000_000L + i / 100_000; // 100k packets per second
    }

    @Benchmark
    @OperationsPerInvocation(PACKETS)
    public long aggregate(Blackhole bh) throws Exception {
        PacketAggregator agg = new PacketAggregator(batch -> bh.consume(batch.size));
        for (int i = 0; i < PACKETS; i++) {
            // the spoofed case draws a fresh source per packet, so keys do not repeat
            DecodedPacket p = packets[i & 4095];
            if (traffic.equals("spoofed")) p.srcLo = Addresses.v4Lo(i * 0x9E3779B1);
            agg.add(seconds[i], p);
        }
        agg.finish();
        return agg.rowsOut();
    }
}
