package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;
import org.junit.jupiter.api.Test;

/** The decoder's counters, its problem reports, hostile arguments and its allocation-free hot path. */
class PacketDecoderStatsTest {
    private final PacketDecoder decoder = new PacketDecoder();
    private final DecodedPacket out = new DecodedPacket();

    private Outcome decode(int linkType, byte[] frame) {
        return decoder.decode(linkType, frame, 0, frame.length, frame.length, out);
    }

    @Test
    void everyFrameIsCountedInExactlyOneBucket() {
        byte[] udp = new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).udp(53, 1234).build();
        byte[] tcp = new FrameBuilder().eth(0x8100).tag(7, 0x0800).ipv4("10.0.0.1", "10.0.0.2", 6).tcp(1, 2, 2).payload(60).build();
        decode(LinkType.ETHERNET, udp);
        decode(LinkType.ETHERNET, udp);
        decoder.decode(LinkType.ETHERNET, tcp, 0, 50, tcp.length, out);                                       // transport cut
        decode(LinkType.ETHERNET, new FrameBuilder().eth(0x0806).payload(28).build());                       // ARP
        decode(LinkType.ETHERNET, new FrameBuilder().eth(0x0026).payload(40).build());                       // LLC
        decoder.decode(LinkType.ETHERNET, udp, 0, 20, udp.length, out);                                       // truncated
        decode(LinkType.ETHERNET, new FrameBuilder().eth(0x0800).ipv4("1.1.1.1", "2.2.2.2", 17).versionAndIhl(0x44).build());
        decode(258, new byte[20]);                                                                             // PKTAP
        decode(LinkType.RAW, new FrameBuilder().ipv6("::1", "::2", 58).icmp(128, 0).build());

        DecodeStats s = decoder.stats();
        assertThat(s.frames).isEqualTo(9);
        assertThat(s.bucketTotal()).isEqualTo(9);
        assertThat(s.ipPackets).isEqualTo(4);
        assertThat(s.nonIp).isEqualTo(2);
        assertThat(s.truncated).isEqualTo(1);
        assertThat(s.malformed).isEqualTo(1);
        assertThat(s.unsupportedLink).isEqualTo(1);
        assertThat(s.snaplenCut).isEqualTo(2);
        assertThat(s.transportCut).isEqualTo(1);
        assertThat(s.transportShort).isZero();
        assertThat(s.decoderErrors).isZero();
        assertThat(s.perProtocol[17]).isEqualTo(2);
        assertThat(s.perProtocol[6]).isEqualTo(1);
        assertThat(s.perProtocol[58]).isEqualTo(1);
        assertThat(s.perLinkType.toMap()).containsExactly(entry(1, 7), entry(101, 1), entry(258, 1));
        assertThat(s.nonIpPerEtherType.toMap()).containsExactly(entry(DecodeStats.NO_ETHERTYPE, 1), entry(0x0806, 1));
        assertThat(s.unsupportedPerLinkType.toMap()).containsExactly(entry(258, 1));
    }

    @Test
    void theProblemNamesItsPlaceInTheFile() {
        byte[] frame = new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).versionAndIhl(0x42).build();
        assertThat(decode(LinkType.ETHERNET, frame)).isEqualTo(Outcome.MALFORMED);
        assertThat(decoder.lastProblemOffset()).isEqualTo(14);
        Damage damage = decoder.lastDamage(1_000_000L);
        assertThat(damage).isEqualTo(new Damage(1_000_014L, "IPv4 header", "IHL >= 5", "IHL 2"));

        byte[] ok = new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).udp(1, 2).build();
        assertThat(decode(LinkType.ETHERNET, ok)).isEqualTo(Outcome.IP);
        assertThat(decoder.lastProblem()).isNull();
        assertThat(decoder.lastProblemOffset()).isEqualTo(-1);
        assertThat(decoder.lastDamage(0)).isNull();
    }

    @Test
    void hostileArgumentsAreMalformedFramesNotExceptions() {
        byte[] frame = new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).udp(1, 2).build();
        assertThat(decoder.decode(1, null, 0, 10, 10, out)).isEqualTo(Outcome.MALFORMED);
        assertThat(decoder.decode(1, frame, -1, 10, 10, out)).isEqualTo(Outcome.MALFORMED);
        assertThat(decoder.decode(1, frame, 10, frame.length, frame.length, out)).isEqualTo(Outcome.MALFORMED);
        assertThat(decoder.decode(1, frame, 0, -5, 10, out)).isEqualTo(Outcome.MALFORMED);
        assertThat(decoder.decode(1, frame, Integer.MAX_VALUE, 10, 10, out)).isEqualTo(Outcome.MALFORMED);
        // an original length below the captured one is a broken record header: decode what is there
        assertThat(decoder.decode(1, frame, 0, frame.length, 3, out)).isEqualTo(Outcome.IP);
        assertThat(decoder.decode(1, frame, 0, frame.length, Integer.MAX_VALUE, out)).isEqualTo(Outcome.IP);
        assertThat(decoder.lastProblem()).isNull();
        assertThat(decoder.stats().decoderErrors).isZero();
        assertThat(decoder.stats().bucketTotal()).isEqualTo(decoder.stats().frames);
    }

    @Test
    void aNonIpFrameLeavesTheOutputCleared() {
        byte[] ok = new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).udp(1, 2).build();
        decode(LinkType.ETHERNET, ok);
        byte[] bad = new FrameBuilder().eth(0x8100).tag(9, 0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).ipLength(9000).build();
        assertThat(decode(LinkType.ETHERNET, bad)).isEqualTo(Outcome.MALFORMED);
        assertThat(out.ipVersion + out.srcPort + out.vlan + out.pktLen).isZero();
    }

    @Test
    void statsAddUp() {
        decode(LinkType.ETHERNET, new FrameBuilder().eth(0x0806).payload(28).build());
        PacketDecoder other = new PacketDecoder();
        byte[] v6 = new FrameBuilder().ipv6("::1", "::2", 17).udp(1, 2).build();
        other.decode(LinkType.RAW, v6, 0, v6.length, v6.length, out);
        DecodeStats total = new DecodeStats();
        total.addAll(decoder.stats());
        total.addAll(other.stats());
        assertThat(total.frames).isEqualTo(2);
        assertThat(total.bucketTotal()).isEqualTo(2);
        assertThat(total.perProtocol[17]).isEqualTo(1);
        assertThat(total.perLinkType.toMap()).containsExactly(entry(1, 1), entry(101, 1));
    }

    @Test
    void decodingAllocatesNothingPerFrame() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter on this JVM");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counting is off");
        byte[][] frames = {
            new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).udp(53, 1234).build(),
            new FrameBuilder().eth(0x88A8).tag(5, 0x8100).tag(6, 0x86DD).ipv6("::1", "::2", 0).ext(44, 0).fragment6(6, 0, true).tcp(1, 2, 2).build(),
            new FrameBuilder().eth(0x8847).mpls(1, false).mpls(2, true).ipv4("1.2.3.4", "5.6.7.8", 1).icmp(3, 1).build(),
            new FrameBuilder().eth(0x0806).payload(28).build(),
            new FrameBuilder().eth(0x0800).ipv4("10.0.0.1", "10.0.0.2", 17).versionAndIhl(0x41).build(),
        };
        int[] linkTypes = {1, 1, 1, 1, 1};
        for (int round = 0; round < 20_000; round++) decodeAll(frames, linkTypes); // warm up, let the JIT settle
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int round = 0; round < 20_000; round++) decodeAll(frames, linkTypes);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        // 100,000 frames; a single boxed value or string per frame would be megabytes
        assertThat(allocated).as("bytes allocated over 100,000 frames").isLessThan(20_000);
    }

    private void decodeAll(byte[][] frames, int[] linkTypes) {
        for (int i = 0; i < frames.length; i++) decoder.decode(linkTypes[i], frames[i], 0, frames[i].length, frames[i].length, out);
    }

    private static java.util.Map.Entry<Integer, Long> entry(int key, long value) {
        return java.util.Map.entry(key, value);
    }
}
