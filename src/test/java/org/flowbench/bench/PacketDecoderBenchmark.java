package org.flowbench.bench;

import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.FrameBuilder;
import org.flowbench.ingest.pcap.LinkType;
import org.flowbench.ingest.pcap.PacketDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Frames decoded per second over a mix like a flood capture's: mostly plain IPv4 UDP/TCP, some
 * VLAN/QinQ/MPLS, IPv6 with extension headers, fragments, ARP and a damaged frame.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main PacketDecoderBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PacketDecoderBenchmark {
    private static final int FRAMES = 16;

    private final PacketDecoder decoder = new PacketDecoder();
    private final DecodedPacket out = new DecodedPacket();
    private byte[][] frames;
    private int[] linkTypes;

    @Setup
    public void build() {
        String a = "198.51.100.7", b = "203.0.113.9", a6 = "2001:db8::7", b6 = "2001:db8::9";
        frames = new byte[][] {
            new FrameBuilder().eth(0x0800).ipv4(a, b, 17).udp(53, 40000).payload(40).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 17).udp(123, 40001).payload(440).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 6).tcp(40002, 80, 0x02).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 6).tcp(443, 40003, 0x18).payload(1200).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 1).icmp(8, 0).payload(56).build(),
            new FrameBuilder().eth(0x8100).tag(100, 0x0800).ipv4(a, b, 17).udp(53, 40004).payload(60).build(),
            new FrameBuilder().eth(0x8100).tag(100, 0x0800).ipv4(a, b, 6).tcp(40005, 443, 0x10).build(),
            new FrameBuilder().eth(0x88A8).tag(200, 0x8100).tag(300, 0x0800).ipv4(a, b, 17).udp(1900, 40006).build(),
            new FrameBuilder().eth(0x8847).mpls(100, false).mpls(200, true).ipv4(a, b, 6).tcp(1, 2, 0x02).build(),
            new FrameBuilder().eth(0x86DD).ipv6(a6, b6, 6).tcp(40007, 443, 0x02).build(),
            new FrameBuilder().eth(0x86DD).ipv6(a6, b6, 17).udp(53, 40008).payload(100).build(),
            new FrameBuilder().eth(0x86DD).ipv6(a6, b6, 0).ext(43, 0).ext(44, 1).fragment6(17, 0, true).udp(4000, 53).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 17).fragment(false, true, 0).udp(53, 40009).payload(1472).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 17).fragment(false, false, 185).payload(600).build(),
            new FrameBuilder().eth(0x0806).payload(28).build(),
            new FrameBuilder().eth(0x0800).ipv4(a, b, 17).versionAndIhl(0x43).build(),
        };
        linkTypes = new int[FRAMES];
        java.util.Arrays.fill(linkTypes, LinkType.ETHERNET);
        if (frames.length != FRAMES) throw new IllegalStateException("FRAMES must match the mix");
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void decodeMix(Blackhole hole) {
        for (int i = 0; i < FRAMES; i++) {
            byte[] f = frames[i];
            hole.consume(decoder.decode(linkTypes[i], f, 0, f.length, f.length, out));
            hole.consume(out.pktLen + out.dstPort);
        }
    }
}
