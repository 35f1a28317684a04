package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.testsupport.TextDiff;
import org.junit.jupiter.api.Test;

/** Tiny hand-built datagrams, the records they must become, one line each; a readable diff on failure. */
class FlowDecoderGoldenTest {
    private static final long EXPORT_SECS = 1_709_294_400L; // 2024-03-01T12:00:00Z

    private final DamageLog damage = new DamageLog();
    private final FlowExportDecoder decoder = new FlowExportDecoder(new TemplateCache(), new ExporterStatsTable(), damage);
    private final List<String> lines = new ArrayList<>();

    private void decode(byte[] payload) {
        decoder.decode(Datagrams.datagram(payload, "192.0.2.1"), r -> lines.add(Datagrams.line(r)));
    }

    private void assertLines(String expected) {
        TextDiff.assertSameLines(expected.stripTrailing(), String.join("\n", lines));
    }

    @Test
    void netflowV5() {
        decode(v5Header(2, 1000).ip("10.0.0.1").ip("192.0.2.7").ip("0.0.0.0").u16(3).u16(4).u32(10).u32(15000).u32(40_000).u32(99_000)
                .u16(443).u16(55000).u8(0).u8(0x18).u8(6).u8(0xB8).u16(64500).u16(64501).u8(24).u8(24).u16(0)
                .ip("10.0.0.2").ip("10.0.0.3").ip("0.0.0.0").u16(3).u16(4).u32(1).u32(84).u32(100_500).u32(100_500)
                .u16(0).u16(0x0800).u8(0).u8(0).u8(1).u8(0).u16(0).u16(0).u8(0).u8(0).u16(0).bytes());
        decode(v5Header(1, 1005).ip("10.0.0.1").ip("10.0.0.9").ip("0.0.0.0").u16(0).u16(0).u32(2).u32(3).u32(100_000).u32(100_000)
                .u16(1).u16(2).u8(0).u8(0).u8(17).u8(0).u16(0).u16(0).u8(0).u8(0).u16(0).bytes());
        assertLines("""
                2024-03-01T11:59:00.500Z..2024-03-01T11:59:59.500Z 10.0.0.1:443 > 192.0.2.7:55000 v4 proto=6 flags=0x18 dscp=46 icmp=0/0 if=3>4 as=64500>64501 vlan=0 pkts=10 bytes=15000 len=1500 rate=100 domain=258
                2024-03-01T12:00:01Z..2024-03-01T12:00:01Z 10.0.0.2:0 > 10.0.0.3:0 v4 proto=1 flags=0x00 dscp=0 icmp=8/0 if=3>4 as=0>0 vlan=0 pkts=1 bytes=84 len=84 rate=100 domain=258
                2024-03-01T12:00:00.500Z..2024-03-01T12:00:00.500Z 10.0.0.1:1 > 10.0.0.9:2 v4 proto=17 flags=0x00 dscp=0 icmp=0/0 if=0>0 as=0>0 vlan=0 pkts=2 bytes=3 len=1 rate=100 domain=258
                """);
        ExporterStats st = decoder.stats().total();
        assertThat(st.sequenceGaps).as("records missing: 1002 expected, 1005 came").isEqualTo(3);
        assertThat(st.records).isEqualTo(3);
        assertThat(damage.isEmpty()).isTrue();
    }

    private static Datagrams v5Header(int count, long sequence) {
        // sampling: mode 1 (top two bits), interval 100
        return new Datagrams().u16(5).u16(count).u32(100_000).u32(EXPORT_SECS).u32(500_000_000).u32(sequence).u8(1).u8(2).u16(0x4000 | 100);
    }

    @Test
    void netflowV9WithSamplerOptionsAndIpv6() {
        Datagrams d = v9Header(7)
                .set(0)
                .u16(256).u16(17).u16(8).u16(4).u16(12).u16(4).u16(7).u16(2).u16(11).u16(2).u16(4).u16(1).u16(6).u16(1).u16(5).u16(1)
                .u16(1).u16(4).u16(2).u16(4).u16(22).u16(4).u16(21).u16(4).u16(10).u16(2).u16(14).u16(2).u16(16).u16(4).u16(17).u16(4)
                .u16(58).u16(2).u16(48).u16(1)
                .u16(257).u16(9).u16(27).u16(16).u16(28).u16(16).u16(4).u16(1).u16(32).u16(2).u16(1).u16(8).u16(2).u16(8)
                .u16(22).u16(4).u16(21).u16(4).u16(34).u16(4)
                .end()
                .set(1).u16(258).u16(4).u16(12).u16(1).u16(4).u16(48).u16(1).u16(49).u16(1).u16(50).u16(4).u16(0).end()
                .set(258).u32(0).u8(5).u8(2).u32(1000).u16(0).end()
                .set(256).ip("198.51.100.1").ip("203.0.113.9").u16(53).u16(33000).u8(17).u8(0).u8(0).u32(3000).u32(20)
                .u32(999_000).u32(999_500).u16(7).u16(8).u32(1).u32(2).u16(100).u8(5).bytes(0, 0).end()
                .set(257).ip("2001:db8::1").ip("2001:db8::2").u8(58).u16(0x8000).u64(1000).u64(10).u32(500_000).u32(900_000).u32(10)
                .u8(0).end();
        decode(d.bytes());
        decode(v9Header(9).set(258).u32(0).u8(5).u8(2).u32(1000).u16(0).end().bytes());
        assertLines("""
                2024-03-01T11:59:59Z..2024-03-01T11:59:59.500Z 198.51.100.1:53 > 203.0.113.9:33000 v4 proto=17 flags=0x00 dscp=0 icmp=0/0 if=7>8 as=1>2 vlan=100 pkts=20 bytes=3000 len=150 rate=1000 domain=42
                2024-03-01T11:51:40Z..2024-03-01T11:58:20Z 2001:db8:0:0:0:0:0:1:0 > 2001:db8:0:0:0:0:0:2:0 v6 proto=58 flags=0x00 dscp=0 icmp=128/0 if=->- as=->- vlan=0 pkts=10 bytes=1000 len=100 rate=10 domain=42
                """);
        ExporterStats st = decoder.stats().total();
        assertThat(st.templates).isEqualTo(3);
        assertThat(st.optionsRecords).isEqualTo(2);
        assertThat(st.sequenceGaps).as("datagrams missing: 8 expected, 9 came").isEqualTo(1);
        assertThat(damage.kept()).isEmpty();
    }

    private static Datagrams v9Header(long sequence) {
        return new Datagrams().u16(9).u16(0).u32(1_000_000).u32(EXPORT_SECS).u32(sequence).u32(42);
    }

    @Test
    void netflowV9DataBeforeItsTemplateIsHeldThenDecoded() {
        decode(v9Header(1).set(300).ip("10.1.1.1").u32(5).u32(500).end().bytes());
        assertThat(lines).isEmpty();
        decode(v9Header(2).set(0).u16(300).u16(3).u16(8).u16(4).u16(2).u16(4).u16(1).u16(4).end().bytes());
        assertLines("""
                2024-03-01T12:00:00Z..2024-03-01T12:00:00Z 10.1.1.1:0 > 0.0.0.0:0 v4 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=5 bytes=500 len=100 rate=1 domain=42
                """);
        assertThat(decoder.stats().total().unknownTemplates).isEqualTo(1);
        decoder.finish();
        assertThat(damage.isEmpty()).isTrue();
    }

    @Test
    void ipfixBiflowVariableLengthEnterpriseFieldsOptionsAndWithdrawal() {
        Datagrams d = ipfixHeader(0)
                .set(2)
                .u16(300).u16(14).u16(8).u16(4).u16(12).u16(4).u16(4).u16(1).u16(7).u16(2).u16(11).u16(2).u16(152).u16(8).u16(153).u16(8)
                .u16(1).u16(8).u16(2).u16(8).u16(0x8000 | 1000).u16(0xFFFF).u32(9999).u16(82).u16(0xFFFF)
                .u16(0x8001).u16(8).u32(29305).u16(0x8002).u16(8).u32(29305).u16(0x8006).u16(1).u32(29305)
                .u16(303).u16(7).u16(8).u16(4).u16(12).u16(4).u16(4).u16(1).u16(22).u16(4).u16(21).u16(4).u16(2).u16(4).u16(1).u16(4)
                .end()
                .set(3).u16(301).u16(3).u16(1).u16(149).u16(4).u16(305).u16(4).u16(306).u16(4)
                .u16(302).u16(2).u16(1).u16(149).u16(4).u16(160).u16(8).end()
                .set(301).u32(7).u32(1).u32(99).end()
                .set(302).u32(7).u64(1_709_294_000_000L).end()
                .set(300).ip("10.0.0.1").ip("10.0.0.2").u8(6).u16(40000).u16(80).u64(1_709_294_399_000L).u64(1_709_294_399_900L)
                .u64(5000).u64(5).u8(3).bytes('a', 'b', 'c').bytes(255, 0, 5).bytes('e', 't', 'h', '0', 'x')
                .u64(2500).u64(5).u8(0x12).end()
                .set(303).ip("10.0.0.5").ip("10.0.0.6").u8(17).u32(399_000).u32(399_500).u32(2).u32(120).end();
        decode(d.ipfix());
        // Template 300 withdrawn, then data for it: held, never decoded, reported at the end.
        decode(ipfixHeader(6).set(2).u16(300).u16(0).end().set(300).u32(0).end().ipfix());
        assertLines("""
                2024-03-01T11:59:59Z..2024-03-01T11:59:59.900Z 10.0.0.1:40000 > 10.0.0.2:80 v4 proto=6 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=5 bytes=5000 len=1000 rate=100 domain=7
                2024-03-01T11:59:59Z..2024-03-01T11:59:59.900Z 10.0.0.2:80 > 10.0.0.1:40000 v4 proto=6 flags=0x12 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=5 bytes=2500 len=500 rate=100 domain=7
                2024-03-01T11:59:59Z..2024-03-01T11:59:59.500Z 10.0.0.5:0 > 10.0.0.6:0 v4 proto=17 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=2 bytes=120 len=60 rate=100 domain=7
                """);
        ExporterStats st = decoder.stats().total();
        assertThat(st.sequenceGaps).as("data records missing: 4 sent, so 4 expected; 6 came").isEqualTo(2);
        assertThat(st.optionsRecords).isEqualTo(2);
        assertThat(st.unknownTemplates).isEqualTo(1);
        assertThat(damage.isEmpty()).isTrue();
        decoder.finish();
        assertThat(damage.kept()).singleElement().satisfies(x -> assertThat(x.toString()).contains("template 300 of domain 7"));
        assertThat(decoder.stats().total().malformed).isEqualTo(1);
    }

    private static Datagrams ipfixHeader(long sequence) {
        return new Datagrams().u16(10).u16(0).u32(EXPORT_SECS).u32(sequence).u32(7);
    }

    @Test
    void ipfixTimesInSecondsMicrosecondsNanosecondsAndDeltas() {
        long ntpSeconds = EXPORT_SECS + 2_208_988_800L;
        Datagrams d = ipfixHeader(0).set(2)
                .u16(400).u16(3).u16(150).u16(4).u16(151).u16(4).u16(2).u16(4)
                .u16(401).u16(3).u16(154).u16(8).u16(155).u16(8).u16(2).u16(4)
                .u16(402).u16(3).u16(156).u16(8).u16(157).u16(8).u16(2).u16(4)
                .u16(403).u16(3).u16(158).u16(4).u16(159).u16(4).u16(2).u16(4)
                .u16(404).u16(3).u16(153).u16(8).u16(161).u16(4).u16(2).u16(4)
                .end()
                .set(400).u32(EXPORT_SECS - 10).u32(EXPORT_SECS - 5).u32(1).end()
                // 0x80000000 of 2^32 is half a second
                .set(401).u32(ntpSeconds - 2).u32(0x8000_0000L).u32(ntpSeconds - 1).u32(0x4000_0000L).u32(1).end()
                .set(402).u32(ntpSeconds - 2).u32(0x0010_0000L).u32(ntpSeconds).u32(0).u32(1).end()
                .set(403).u32(3_000_000).u32(1_000_000).u32(1).end()
                .set(404).u64((EXPORT_SECS - 1) * 1000).u32(1500).u32(1).end();
        decode(d.ipfix());
        // No address fields: no IP version, addresses left zero.
        assertLines("""
                2024-03-01T11:59:50Z..2024-03-01T11:59:55Z 0:0:0:0:0:0:0:0:0 > 0:0:0:0:0:0:0:0:0 v0 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=1 bytes=0 len=0 rate=1 domain=7
                2024-03-01T11:59:58.500Z..2024-03-01T11:59:59.250Z 0:0:0:0:0:0:0:0:0 > 0:0:0:0:0:0:0:0:0 v0 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=1 bytes=0 len=0 rate=1 domain=7
                2024-03-01T11:59:58.000244Z..2024-03-01T12:00:00Z 0:0:0:0:0:0:0:0:0 > 0:0:0:0:0:0:0:0:0 v0 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=1 bytes=0 len=0 rate=1 domain=7
                2024-03-01T11:59:57Z..2024-03-01T11:59:59Z 0:0:0:0:0:0:0:0:0 > 0:0:0:0:0:0:0:0:0 v0 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=1 bytes=0 len=0 rate=1 domain=7
                2024-03-01T11:59:57.500Z..2024-03-01T11:59:59Z 0:0:0:0:0:0:0:0:0 > 0:0:0:0:0:0:0:0:0 v0 proto=0 flags=0x00 dscp=0 icmp=0/0 if=->- as=->- vlan=0 pkts=1 bytes=0 len=0 rate=1 domain=7
                """);
        assertThat(damage.isEmpty()).isTrue();
    }

    @Test
    void damagedDatagramsAreCountedWithTheirOffsetAndDecodingGoesOn() {
        byte[] good = v5Header(1, 0).ip("10.0.0.1").ip("10.0.0.9").ip("0.0.0.0").u16(0).u16(0).u32(2).u32(3).u32(100_000).u32(100_000)
                .u16(1).u16(2).u8(0).u8(0).u8(17).u8(0).u16(0).u16(0).u8(0).u8(0).u16(0).bytes();
        byte[] cut = v9Header(1).set(0).u16(300).u16(50).u16(8).u16(4).end().bytes(); // 50 fields announced, 1 present
        decode(cut);
        decode(good);
        assertThat(lines).hasSize(1);
        assertThat(decoder.stats().total().malformed).isEqualTo(1);
        assertThat(damage.kept()).singleElement().satisfies(x -> {
            assertThat(x.offset()).isEqualTo(1000 + 32); // the datagram's file offset + where the template ran out
            assertThat(x.toString()).contains("template 300", "50 field specifiers");
        });
    }
}
