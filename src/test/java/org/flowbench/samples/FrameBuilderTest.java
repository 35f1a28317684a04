package org.flowbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packet layout checked by the independent walker on tiny hand-made captures. */
class FrameBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void rfc1071ExampleSum() {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (checksum 220d).
        byte[] data = {0x00, 0x01, (byte) 0xF2, 0x03, (byte) 0xF4, (byte) 0xF5, (byte) 0xF6, (byte) 0xF7};
        assertThat(InternetChecksum.of(data, 0, data.length)).isEqualTo(0x220D);
        assertThat(InternetChecksum.of(data, 0, 7)).isEqualTo(InternetChecksum.finish(0x0001 + 0xF203 + 0xF4F5 + 0xF600));
    }

    @Test
    void largeUdpDatagramIsSplitIntoFirstMiddleAndLastFragments() throws Exception {
        PacketSpec spec = new PacketSpec().reset();
        spec.v4(Addresses.v4("81.2.3.4"), Addresses.v4("198.51.100.20"));
        spec.proto = PacketSpec.UDP;
        spec.srcPort = 53;
        spec.dstPort = 40_000;
        spec.ipId = 0x1234;
        spec.vlan = 120;
        spec.timeMicros = 1_000_000L;
        spec.payloadLength = DnsMessages.amplificationResponse(spec.payload, 7, "example.net", 3_600, new SeededRandom(1));
        assertThat(FrameBuilder.framesFor(spec)).isEqualTo(3);

        List<PcapWalker.Packet> packets = write(spec);

        assertThat(packets).hasSize(3);
        assertThat(packets).extracting(PcapWalker.Packet::fragmentOffset).containsExactly(0, 1480, 2960);
        assertThat(packets).extracting(PcapWalker.Packet::moreFragments).containsExactly(true, true, false);
        assertThat(packets).extracting(PcapWalker.Packet::srcPort).containsExactly(53, 0, 0);
        assertThat(packets).extracting(PcapWalker.Packet::vlan).containsOnly(120);
        assertThat(packets).allMatch(PcapWalker.Packet::ipChecksumOk);
        assertThat(packets.stream().mapToInt(p -> p.ipPayload().length).sum()).isEqualTo(8 + spec.payloadLength);
    }

    @Test
    void bareSynIsPaddedToTheEthernetMinimumButKeepsItsIpLength() throws Exception {
        PacketSpec spec = new PacketSpec().reset();
        spec.v4(Addresses.v4("45.76.1.2"), Addresses.v4("203.0.113.11"));
        spec.proto = PacketSpec.TCP;
        spec.tcpFlags = PacketSpec.SYN;
        spec.srcPort = 1234;
        spec.dstPort = 443;
        spec.seq = 42;

        PcapWalker.Packet p = write(spec).get(0);

        assertThat(p.frameLength()).isEqualTo(60);
        assertThat(p.pktLen()).isEqualTo(40);
        assertThat(p.tcpFlags()).isEqualTo(PacketSpec.SYN);
        assertThat(PcapWalker.transportChecksumOk(4, p.src(), p.dst(), 6, p.ipPayload())).isTrue();
    }

    @Test
    void ipv6UdpAndIcmpv6CarryValidChecksums() throws Exception {
        PacketSpec spec = new PacketSpec().reset();
        NetworkPlan.v6(spec, 12_345, NetworkPlan.V6_WEB);
        spec.proto = PacketSpec.ICMPV6;
        spec.icmpType = 128;
        spec.payloadLength = 56;
        PcapWalker.Packet ping = write(spec).get(0);
        assertThat(ping.dst().getHostAddress()).isEqualTo("2001:db8:100:0:0:0:0:10");
        assertThat(PcapWalker.transportChecksumOk(6, ping.src(), ping.dst(), 58, ping.ipPayload())).isTrue();
    }

    @Test
    void addressFormattingFollowsRfc5952() {
        assertThat(Addresses.formatV6(0x20010DB801000000L, 0x10)).isEqualTo("2001:db8:100::10");
        assertThat(Addresses.formatV6(0x20010DB800000001L, 0x0000000100000001L)).isEqualTo("2001:db8:0:1:0:1:0:1");
        assertThat(Addresses.formatV4(Addresses.v4("203.0.113.10"))).isEqualTo("203.0.113.10");
    }

    private List<PcapWalker.Packet> write(PacketSpec spec) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(bytes)) {
            new FrameBuilder().emit(spec, writer);
        }
        Path file = tmp.resolve("one.pcap");
        Files.write(file, bytes.toByteArray());
        return PcapWalker.read(file);
    }
}
