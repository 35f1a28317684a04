package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.SflowXdr.datagram;
import static org.flowbench.ingest.flow.SflowXdr.ethernet;
import static org.flowbench.ingest.flow.SflowXdr.expandedFlowSample;
import static org.flowbench.ingest.flow.SflowXdr.extendedSwitch;
import static org.flowbench.ingest.flow.SflowXdr.flowSample;
import static org.flowbench.ingest.flow.SflowXdr.rawHeader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tiny hand-built sFlow v5 datagrams, one per decoder feature, shared by the golden test, the
 * fuzz seeds and the benchmark. Each is a list of datagrams decoded in order by one decoder.
 */
public final class SflowGoldenDatagrams {
    private SflowGoldenDatagrams() {}

    static final int TCP = 6, UDP = 17, HOP_BY_HOP = 0;
    static final int DF = 0b010, MF = 0b001;

    public static Map<String, byte[][]> all() {
        Map<String, byte[][]> m = new LinkedHashMap<>();
        m.put("raw-ethernet-vlan", new byte[][] {rawEthernetVlan()});
        m.put("raw-ipv6", new byte[][] {rawIpv6()});
        m.put("expanded-interfaces", new byte[][] {expandedInterfaces()});
        m.put("sampled-ip", new byte[][] {sampledIp()});
        m.put("extended-gateway", new byte[][] {extendedGateway()});
        m.put("counters-skipped", new byte[][] {countersSkipped()});
        m.put("sequence-gaps", sequenceGaps());
        m.put("damage", new byte[][] {damagedSample(), truncatedDatagram(), wrongVersion()});
        return m;
    }

    /** Ethernet + 802.1Q VLAN 100 + IPv4 (1500 bytes, DF) + TCP SYN, 64 bytes sampled of a 1522-byte frame with FCS. */
    static byte[] ethernetVlanTcpSyn() {
        return ethernet(0x8100).u16(0x2064).u16(0x0800)
                .ipv4("192.0.2.10", "198.51.100.20", TCP, 1500, 0, DF).tcp(40000, 443, 0x02).u32(0).u32(0).u16(0).toBytes();
    }

    static byte[] rawEthernetVlan() {
        return datagram("203.0.113.1", 0, 1,
                flowSample(1000, 3, 5, rawHeader(1, 1522, 4, ethernetVlanTcpSyn(), 64), extendedSwitch(100, 200)));
    }

    /** Raw IPv6 (header_protocol 12) with a hop-by-hop header before UDP; the IPv6 agent. */
    static byte[] rawIpv6() {
        byte[] packet = new SflowXdr().ipv6("2001:db8::1", "2001:db8:ffff::2", HOP_BY_HOP, 8 + 8 + 92)
                .u8(UDP, 0, 1, 4, 0, 0, 0, 0).udp(5353, 53, 100).toBytes();
        byte[] cutIn = new SflowXdr().ipv6("2001:db8::1", "2001:db8:ffff::3", UDP, 8 + 200).udp(1, 2, 208).toBytes();
        return datagram("2001:db8:a::1", 7, 42,
                flowSample(512, 10, 11, rawHeader(12, 148, 0, packet, 128)),
                // the frame says 248 bytes; the header is what the agent copied
                flowSample(512, 10, 11, rawHeader(12, 248, 0, cutIn, 48), extendedSwitch(0, 300)));
    }

    /** Expanded samples: ifIndex above 2^30, a discarded packet, several destinations, the device itself. */
    static byte[] expandedInterfaces() {
        byte[] frame = ethernet(0x0800).ipv4("10.0.0.1", "10.0.0.2", UDP, 60, 0xB8, 0).udp(1234, 4789, 40).toBytes();
        return datagram("203.0.113.1", 1, 9,
                expandedFlowSample(4096, 0, 3_000_000_000L, 1, 258, rawHeader(1, 78, 4, frame, 128)),
                expandedFlowSample(4096, 0, 0xFFFF_FFFFL, 2, 4, rawHeader(1, 78, 4, frame, 128)),
                flowSample(100, 0x3FFF_FFFFL, 0x8000_0003L, rawHeader(1, 78, 4, frame, 128)));
    }

    /** sampled_ipv4 and sampled_ipv6 records, with no raw header in their samples. */
    static byte[] sampledIp() {
        SflowXdr.Part v4 = x -> x.record(3, r -> r.u32(576).u32(TCP).ip("198.51.100.7").ip("192.0.2.99")
                .u32(33000).u32(22).u32(0x12).u32(0xB8));
        SflowXdr.Part v6 = x -> x.record(4, r -> r.u32(1280).u32(UDP).ip("2001:db8::7").ip("2001:db8::99")
                .u32(443).u32(50000).u32(0xFF).u32(0x28));
        SflowXdr.Part icmp = x -> x.record(3, r -> r.u32(84).u32(1).ip("198.51.100.8").ip("192.0.2.99")
                .u32(8).u32(0).u32(0).u32(0));
        return datagram("203.0.113.1", 0, 5, flowSample(2000, 1, 2, v4), flowSample(2000, 1, 2, v6), flowSample(2000, 1, 2, icmp));
    }

    /** extended_gateway with an IPv6 next hop and an AS path of two segments; then an IPv4 next hop and an empty path. */
    static byte[] extendedGateway() {
        SflowXdr.Part path = x -> x.record(1003, r -> r.address("2001:db8::fe").u32(64500).u32(64501).u32(64502)
                .u32(2).u32(2).u32(2).u32(64510).u32(64511).u32(1).u32(2).u32(64512).u32(64513)
                .u32(2).u32(0xFDE8_0001L).u32(0xFDE8_0002L).u32(100));
        SflowXdr.Part local = x -> x.record(1003, r -> r.address("192.0.2.254").u32(64500).u32(0).u32(0)
                .u32(0).u32(0).u32(100));
        SflowXdr.Part router = x -> x.record(1002, r -> r.address("192.0.2.1").u32(24).u32(16));
        SflowXdr.Part v4 = x -> x.record(3, r -> r.u32(40).u32(TCP).ip("198.51.100.1").ip("192.0.2.2")
                .u32(1).u32(2).u32(0x10).u32(0));
        return datagram("203.0.113.1", 0, 1,
                flowSample(1, 1, 2, path, rawHeader(1, 1522, 4, ethernetVlanTcpSyn(), 128)),
                flowSample(1, 1, 2, v4, router, local));
    }

    /** Counter samples (compact and expanded), a drop notification and another enterprise's sample: no records. */
    static byte[] countersSkipped() {
        SflowXdr.Part counters = x -> x.record(2, s -> s.u32(1).u32(3).u32(2)
                .record(1, r -> r.u32(3).u32(6)).record(2, r -> r.u32(0)));
        SflowXdr.Part expanded = x -> x.record(4, s -> s.u32(2).u32(0).u32(3).u32(1).record(1001, r -> r.u32(5)));
        SflowXdr.Part drop = x -> x.record(5, s -> s.u32(3).u32(0).u32(3).u32(0).u32(3).u32(0).u32(0));
        SflowXdr.Part foundry = x -> x.record(1991, 1, s -> s.u32(1).u32(2));
        return datagram("203.0.113.1", 0, 1, counters, expanded, drop, foundry);
    }

    /**
     * Agent .1 sub-agent 0: 1, 2, 5 (two lost), 5 again, 3 (late), 6; sub-agent 1: 7, 9 (one lost);
     * sub-agent 2 wraps from 2^32-1 to 1 (0 lost); sub-agent 3 restarts from 100000 to 1, 2;
     * agent .2 starts at 3.
     */
    static byte[][] sequenceGaps() {
        String a = "203.0.113.1";
        return new byte[][] {
            datagram(a, 0, 1), datagram(a, 0, 2), datagram(a, 0, 5), datagram(a, 0, 5), datagram(a, 0, 3), datagram(a, 0, 6),
            datagram(a, 1, 7), datagram(a, 1, 9), datagram(a, 2, 0xFFFF_FFFFL), datagram(a, 2, 1),
            datagram(a, 3, 100_000), datagram(a, 3, 1), datagram(a, 3, 2), datagram("203.0.113.2", 0, 3)
        };
    }

    /** A flow sample whose record overruns it (skipped), then a good one, then a sample past the datagram's end. */
    static byte[] damagedSample() {
        SflowXdr.Part overrun = x -> x.record(1, s -> s.u32(1).u32(1).u32(10).u32(0).u32(0).u32(1).u32(2).u32(1)
                .u32(1001).u32(64).u32(1).u32(2).u32(3).u32(4));
        SflowXdr.Part pastTheEnd = x -> x.u32(1).u32(4096).u32(0);
        return datagram("203.0.113.1", 0, 1, overrun,
                flowSample(10, 1, 2, rawHeader(1, 1522, 4, ethernetVlanTcpSyn(), 128)), pastTheEnd);
    }

    static byte[] truncatedDatagram() {
        byte[] d = datagram("203.0.113.1", 0, 2, flowSample(10, 1, 2, rawHeader(1, 1522, 4, ethernetVlanTcpSyn(), 128)));
        return java.util.Arrays.copyOf(d, 60);
    }

    static byte[] wrongVersion() {
        return new SflowXdr().u32(4).u32(1).ip("203.0.113.1").u32(3).u32(0).u32(0).toBytes();
    }
}
