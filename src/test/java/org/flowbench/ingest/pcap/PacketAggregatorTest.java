package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PacketAggregatorTest {
    /** Copies each row as readable text: the golden form these tests compare. */
    static final class RecordingSink implements FlowSink {
        final List<String> rows = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public void accept(FlowBatch b) {
            batchSizes.add(b.size);
            for (int i = 0; i < b.size; i++) {
                assertThat(b.durationMs[i]).isZero();
                assertThat(b.hasExporter[i]).isFalse();
                assertThat(b.inIf[i]).isEqualTo(FlowBatch.NULL);
                assertThat(b.outIf[i]).isEqualTo(FlowBatch.NULL);
                assertThat(b.srcAs[i]).isEqualTo(FlowBatch.NULL);
                assertThat(b.dstAs[i]).isEqualTo(FlowBatch.NULL);
                assertThat(b.samplingRate[i]).isEqualTo(1);
                assertThat(b.flows[i]).isEqualTo(1);
                rows.add(String.format("t=%d %s>%s v%d p%d %d>%d icmp=%d/%d flags=%d len=%d dscp=%d frag=%d vlan=%d pk=%d by=%d",
                        b.tsMicros[i] / 1_000_000, Addresses.format(b.srcHi[i], b.srcLo[i]),
                        Addresses.format(b.dstHi[i], b.dstLo[i]), b.ipVersion[i], b.proto[i], b.srcPort[i],
                        b.dstPort[i], b.icmpType[i], b.icmpCode[i], b.tcpFlags[i], b.pktLen[i], b.dscp[i], b.frag[i],
                        b.vlan[i], b.packets[i], b.bytes[i]));
            }
        }

        long sum(String key) {
            return rows.stream().mapToLong(r -> Long.parseLong(r.replaceAll(".* " + key + "=(\\d+).*", "$1"))).sum();
        }
    }

    static DecodedPacket udp(String src, String dst, int sport, int dport, int len) {
        DecodedPacket p = new DecodedPacket();
        long[] s = Addresses.parse(src), d = Addresses.parse(dst);
        p.srcHi = s[0];
        p.srcLo = s[1];
        p.dstHi = d[0];
        p.dstLo = d[1];
        p.ipVersion = src.contains(":") ? 6 : 4;
        p.proto = 17;
        p.srcPort = sport;
        p.dstPort = dport;
        p.pktLen = len;
        p.ipBytes = len;
        return p;
    }

    @Test
    void identicalHeadersInOneSecondBecomeOneRow() throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink);
        DecodedPacket p = udp("192.0.2.1", "198.51.100.7", 123, 40000, 468);
        for (int i = 0; i < 1000; i++) agg.add(1_700_000_000L, p);
        agg.add(1_700_000_001L, p);
        agg.finish();
        assertThat(sink.rows).containsExactly(
                "t=1700000000 192.0.2.1>198.51.100.7 v4 p17 123>40000 icmp=0/0 flags=0 len=468 dscp=0 frag=0 vlan=0 pk=1000 by=468000",
                "t=1700000001 192.0.2.1>198.51.100.7 v4 p17 123>40000 icmp=0/0 flags=0 len=468 dscp=0 frag=0 vlan=0 pk=1 by=468");
        assertThat(agg.packetsIn()).isEqualTo(1001);
        assertThat(agg.bytesIn()).isEqualTo(468 * 1001);
        assertThat(agg.rowsOut()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"srcHi", "srcLo", "dstHi", "dstLo", "ipVersion", "proto", "srcPort", "dstPort", "icmpType",
            "icmpCode", "tcpFlags", "pktLen", "dscp", "frag", "vlan"})
    void everyHeaderColumnSeparatesRows(String field) throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink);
        DecodedPacket a = udp("2001:db8::1", "2001:db8::2", 1000, 2000, 100);
        agg.add(5, a);
        Consumer<DecodedPacket> change = switch (field) {
            case "srcHi" -> p -> p.srcHi ^= 1L << 63;
            case "srcLo" -> p -> p.srcLo ^= 1;
            case "dstHi" -> p -> p.dstHi ^= 1L << 63;
            case "dstLo" -> p -> p.dstLo ^= 1;
            case "ipVersion" -> p -> p.ipVersion = 4;
            case "proto" -> p -> p.proto = 255;
            case "srcPort" -> p -> p.srcPort = 65535;
            case "dstPort" -> p -> p.dstPort = 65535;
            case "icmpType" -> p -> p.icmpType = 255;
            case "icmpCode" -> p -> p.icmpCode = 255;
            case "tcpFlags" -> p -> p.tcpFlags = 255;
            case "pktLen" -> p -> p.pktLen = 65535;
            case "dscp" -> p -> p.dscp = 63;
            case "frag" -> p -> p.frag = 15;
            case "vlan" -> p -> p.vlan = 4095;
            default -> throw new IllegalArgumentException(field);
        };
        change.accept(a);
        agg.add(5, a);
        agg.add(5, a);
        agg.finish();
        String original = "t=5 2001:db8::1>2001:db8::2 v6 p17 1000>2000 icmp=0/0 flags=0 len=100 dscp=0 frag=0 vlan=0";
        assertThat(sink.rows).hasSize(2).contains(original + " pk=1 by=100");
        String changed = sink.rows.stream().filter(r -> r.endsWith(" pk=2 by=200")).findFirst().orElseThrow();
        assertThat(changed).isNotEqualTo(original + " pk=2 by=200");
    }

    @Test
    void aSecondIsEmittedOnlyOnceItIsOlderThanTheSlack() throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink, 1, 1000, 2);
        DecodedPacket p = udp("10.0.0.1", "10.0.0.2", 1, 2, 60);
        agg.add(100, p);
        agg.add(101, p);
        agg.add(102, p);
        assertThat(sink.rows).isEmpty();
        agg.add(100, p); // reordered by less than the slack: joins its row
        agg.add(103, p); // 100 is now older than 103 - 2
        assertThat(sink.rows).singleElement().asString().startsWith("t=100 ").endsWith("pk=2 by=120");
        agg.add(100, p); // late: another row for second 100, emitted with the next flush
        agg.add(104, p);
        assertThat(sink.rows).hasSize(3);
        assertThat(sink.rows.get(1)).startsWith("t=100 ").endsWith("pk=1 by=60");
        assertThat(sink.rows.get(2)).startsWith("t=101 ");
        agg.finish();
        assertThat(sink.rows).extracting(r -> r.substring(0, 6)).containsExactly("t=100 ", "t=100 ", "t=101 ", "t=102 ",
                "t=103 ", "t=104 ");
        assertThat(sink.sum("pk")).isEqualTo(7);
    }

    @Test
    void aJumpInTimeEmitsEverySecondHeldInTimeOrder() throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink, 1, 1000, 2);
        DecodedPacket p = udp("10.0.0.1", "10.0.0.2", 1, 2, 60);
        for (long t : new long[] {100, 101, 102, 102, 110, 111, 111, 200, 103}) agg.add(t, p);
        // 103 came after 200: far older than the window, a late row of its own
        assertThat(sink.rows).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly("t=100", "t=101",
                "t=102", "t=110", "t=111");
        agg.finish();
        assertThat(sink.rows).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly("t=100", "t=101",
                "t=102", "t=110", "t=111", "t=103", "t=200");
        assertThat(sink.rows.get(2)).endsWith("pk=2 by=120");
        assertThat(sink.sum("pk")).isEqualTo(9);
    }

    @Test
    void theKeyLimitBoundsMemoryAndKeepsSumsExact() throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink, 3, 4, 2);
        long packets = 0, bytes = 0;
        for (int round = 0; round < 3; round++) {
            for (int port = 1; port <= 10; port++) {
                DecodedPacket p = udp("10.0.0.1", "10.0.0.2", port, 53, 40 + port);
                agg.add(7, p);
                packets++;
                bytes += 40 + port;
                assertThat(agg.heldKeys()).isLessThan(4);
            }
        }
        agg.finish();
        assertThat(sink.sum("pk")).isEqualTo(packets);
        assertThat(sink.sum("by")).isEqualTo(bytes);
        assertThat(agg.flushes()).isGreaterThanOrEqualTo(7);
        assertThat(sink.batchSizes).allMatch(n -> n >= 1 && n <= 3);
    }

    @Test
    void randomTrafficKeepsExactTotalsPerKeyAndTimeOrder() throws Exception {
        RecordingSink sink = new RecordingSink();
        PacketAggregator agg = new PacketAggregator(sink, 100, 500, 2);
        Random r = new Random(42);
        java.util.Map<String, long[]> expected = new java.util.TreeMap<>();
        long sec = 1000;
        for (int i = 0; i < 50_000; i++) {
            if (r.nextInt(2000) == 0) sec++;
            long t = sec - r.nextInt(2); // reordered within the slack
            DecodedPacket p = udp("10.0.0." + r.nextInt(30), "192.0.2." + r.nextInt(5), r.nextInt(3), 80, 40 + r.nextInt(3));
            p.tcpFlags = r.nextInt(2) * 2;
            agg.add(t, p);
            String key = "t=" + t + " " + "10.0.0" + "|" + p.srcLo + "|" + p.dstLo + "|" + p.srcPort + "|" + p.pktLen + "|" + p.tcpFlags;
            long[] v = expected.computeIfAbsent(key, k -> new long[2]);
            v[0]++;
            v[1] += p.ipBytes;
        }
        agg.finish();
        assertThat(agg.packetsIn()).isEqualTo(50_000);
        assertThat(sink.sum("pk")).isEqualTo(50_000);
        assertThat(sink.sum("by")).isEqualTo(expected.values().stream().mapToLong(v -> v[1]).sum());
        assertThat(sink.rows.size()).isGreaterThanOrEqualTo(expected.size());
        // every row's second is no older than the previous row's minus what the key limit may reorder
        long previous = Long.MIN_VALUE;
        int backwards = 0;
        for (String row : sink.rows) {
            long t = Long.parseLong(row.substring(2, row.indexOf(' ')));
            if (t < previous) backwards++;
            previous = t;
        }
        assertThat(backwards).isLessThan(sink.rows.size() / 20);
    }
}
