package org.flowbench.ingest.flow;

import static org.flowbench.testsupport.TextDiff.assertSameLines;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.decode.DamageLog;
import org.junit.jupiter.api.Test;

/**
 * Hand-built datagrams (SflowGoldenDatagrams) against the records, counters and damage they
 * must produce, compared as text with a readable diff.
 */
class SflowDecoderGoldenTest {
    static final long RECEIVED = 1_700_000_000_000_000L;

    @Test
    void rawEthernetHeaderWithVlanGoesThroughThePacketDecoder() {
        assertSameLines("""
                v4 192.0.2.10:40000 > 198.51.100.20:443 proto=6 flags=0x02 len=1500 bytes=1500 pkts=1 rate=1000 frag=DF dscp=0 vlan=100 in=3 out=5 as=->- agent=203.0.113.1/0 t=1700000000000000
                stats: datagrams=1 records=1 gaps=0 malformed=0 countersSkipped=0
                counters: datagrams=1 flowSamples=1 flowRecords=2 rawHeaders=1 extendedSwitch=1 recordsEmitted=1""", decode(SflowGoldenDatagrams.rawEthernetVlan()));
    }

    @Test
    void rawIpv6HeaderWalksExtensionHeadersAndTakesTheLengthFromTheHeader() {
        assertSameLines("""
                v6 [2001:db8::1]:5353 > [2001:db8:ffff::2]:53 proto=17 len=148 bytes=148 pkts=1 rate=512 frag=- dscp=0 vlan=0 in=10 out=11 as=->- agent=2001:db8:a::1/7 t=1700000000000000
                v6 [2001:db8::1]:1 > [2001:db8:ffff::3]:2 proto=17 len=248 bytes=248 pkts=1 rate=512 frag=- dscp=0 vlan=300 in=10 out=11 as=->- agent=2001:db8:a::1/7 t=1700000000000000
                stats: datagrams=1 records=2 gaps=0 malformed=0 countersSkipped=0
                counters: datagrams=1 flowSamples=2 flowRecords=3 rawHeaders=2 extendedSwitch=1 recordsEmitted=2""", decode(SflowGoldenDatagrams.rawIpv6()));
    }

    @Test
    void expandedSamplesAndInterfaceFormats() {
        assertSameLines("""
                v4 10.0.0.1:1234 > 10.0.0.2:4789 proto=17 len=60 bytes=60 pkts=1 rate=4096 frag=- dscp=46 vlan=0 in=3000000000 out=- as=->- agent=203.0.113.1/1 t=1700000000000000
                v4 10.0.0.1:1234 > 10.0.0.2:4789 proto=17 len=60 bytes=60 pkts=1 rate=4096 frag=- dscp=46 vlan=0 in=- out=- as=->- agent=203.0.113.1/1 t=1700000000000000
                v4 10.0.0.1:1234 > 10.0.0.2:4789 proto=17 len=60 bytes=60 pkts=1 rate=100 frag=- dscp=46 vlan=0 in=- out=- as=->- agent=203.0.113.1/1 t=1700000000000000
                stats: datagrams=1 records=3 gaps=0 malformed=0 countersSkipped=0
                counters: datagrams=1 flowSamples=1 expandedFlowSamples=2 flowRecords=3 rawHeaders=3 recordsEmitted=3""", decode(SflowGoldenDatagrams.expandedInterfaces()));
    }

    @Test
    void sampledIpv4AndIpv6RecordsWhenThereIsNoRawHeader() {
        assertSameLines("""
                v4 198.51.100.7:33000 > 192.0.2.99:22 proto=6 flags=0x12 len=576 bytes=576 pkts=1 rate=2000 frag=- dscp=46 vlan=0 in=1 out=2 as=->- agent=203.0.113.1/0 t=1700000000000000
                v6 [2001:db8::7]:443 > [2001:db8::99]:50000 proto=17 len=1280 bytes=1280 pkts=1 rate=2000 frag=- dscp=10 vlan=0 in=1 out=2 as=->- agent=203.0.113.1/0 t=1700000000000000
                v4 198.51.100.8:0 > 192.0.2.99:0 proto=1 icmp=0/0 len=84 bytes=84 pkts=1 rate=2000 frag=- dscp=0 vlan=0 in=1 out=2 as=->- agent=203.0.113.1/0 t=1700000000000000
                stats: datagrams=1 records=3 gaps=0 malformed=0 countersSkipped=0
                counters: datagrams=1 flowSamples=3 flowRecords=3 sampledIpv4=2 sampledIpv6=1 recordsEmitted=3""", decode(SflowGoldenDatagrams.sampledIp()));
    }

    @Test
    void extendedGatewayGivesSourceAsAndTheLastAsOfThePath() {
        assertSameLines("""
                v4 192.0.2.10:40000 > 198.51.100.20:443 proto=6 flags=0x02 len=1500 bytes=1500 pkts=1 rate=1 frag=DF dscp=0 vlan=100 in=1 out=2 as=64501>64513 agent=203.0.113.1/0 t=1700000000000000
                v4 198.51.100.1:1 > 192.0.2.2:2 proto=6 flags=0x10 len=40 bytes=40 pkts=1 rate=1 frag=- dscp=0 vlan=0 in=1 out=2 as=0>64500 agent=203.0.113.1/0 t=1700000000000000
                stats: datagrams=1 records=2 gaps=0 malformed=0 countersSkipped=0
                counters: datagrams=1 flowSamples=2 flowRecords=5 rawHeaders=1 sampledIpv4=1 extendedRouter=1 extendedGateway=2 recordsEmitted=2""", decode(SflowGoldenDatagrams.extendedGateway()));
    }

    @Test
    void counterSamplesAndDropNotificationsAreCountedAndSkipped() {
        assertSameLines("""
                stats: datagrams=1 records=0 gaps=0 malformed=0 countersSkipped=3
                counters: datagrams=1 counterSamples=1 expandedCounterSamples=1 discardSamples=1 otherSamples=1 counterRecords=3""", decode(SflowGoldenDatagrams.countersSkipped()));
    }

    @Test
    void sequenceGapsPerAgentAndSubAgent() {
        assertSameLines("""
                stats: datagrams=14 records=0 gaps=4 malformed=0 countersSkipped=0
                counters: datagrams=14""", decode(SflowGoldenDatagrams.sequenceGaps()));
    }

    @Test
    void damageSkipsTheBadSampleOrLeavesTheDatagramAndSaysWhere() {
        // file offsets: the datagrams sit at 1000, 2000 and 3000
        assertSameLines(String.join("\n",
                "v4 192.0.2.10:40000 > 198.51.100.20:443 proto=6 flags=0x02 len=1500 bytes=1500 pkts=1 rate=10 frag=DF dscp=0 vlan=100 in=1 out=2 as=->- agent=203.0.113.1/0 t=1700000000000000",
                "stats: datagrams=3 records=1 gaps=0 malformed=3 countersSkipped=0",
                "counters: datagrams=3 wrongVersion=1 malformed=3 flowSamples=2 badSamples=1 flowRecords=1 rawHeaders=1 recordsEmitted=1",
                "damage: flow_record length at offset 1072: expected at most the 16 bytes left in the sample, found 64",
                "damage: sample_record length at offset 1228: expected at most the 4 bytes left in the datagram, found 4096",
                "damage: sample_record length at offset 2032: expected at most the 24 bytes left in the datagram, found 124",
                "damage: sFlow datagram version at offset 3000: expected 5, found 4"),
                decode(SflowGoldenDatagrams.damagedSample(), SflowGoldenDatagrams.truncatedDatagram(),
                        SflowGoldenDatagrams.wrongVersion()));
    }

    @Test
    void aHandlersExceptionPassesThroughTheSafetyNet() {
        SflowDecoder decoder = new SflowDecoder(new DamageLog());
        ExportDatagram d = new ExportDatagram();
        d.data = SflowGoldenDatagrams.rawEthernetVlan();
        d.length = d.data.length;
        IllegalStateException thrown = new IllegalStateException("the store is full");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode(d, new ExporterStats(), r -> {
            throw thrown;
        })).isSameAs(thrown);
        org.assertj.core.api.Assertions.assertThat(decoder.counters().decoderErrors).isZero();
    }

    /** Records, then the non-zero counters, then the damage, one per line. */
    static String decode(byte[]... datagrams) {
        DamageLog damage = new DamageLog();
        SflowDecoder decoder = new SflowDecoder(damage);
        ExporterStats stats = new ExporterStats();
        List<String> lines = new ArrayList<>();
        ExportDatagram d = new ExportDatagram();
        long fileOffset = 1000;
        for (byte[] bytes : datagrams) {
            d.data = bytes;
            d.offset = 0;
            d.length = bytes.length;
            d.exporterLo = 0x0000_FFFF_C000_0201L; // 192.0.2.1, the UDP sender
            d.receivedMicros = RECEIVED;
            d.fileOffset = fileOffset;
            decoder.decode(d, stats, r -> lines.add(FlowRecordText.render(r)));
            fileOffset += 1000;
        }
        lines.add("stats: datagrams=" + stats.datagrams + " records=" + stats.records + " gaps=" + stats.sequenceGaps
                + " malformed=" + stats.malformed + " countersSkipped=" + stats.countersSkipped);
        lines.add("counters: " + nonZero(decoder.counters().toString()));
        damage.kept().forEach(x -> lines.add("damage: " + x));
        return String.join("\n", lines);
    }

    static String nonZero(String counters) {
        List<String> kept = new ArrayList<>();
        for (String field : counters.split(" ")) {
            if (!field.endsWith("=0") && !field.endsWith("={}")) kept.add(field);
        }
        return String.join(" ", kept);
    }
}
