package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-built frames and the one-line text each must decode to. */
class PacketDecoderGoldenTest {
    private static final String A = "10.0.0.1", B = "10.0.0.2", A6 = "2001:db8::1", B6 = "2001:db8::2";

    /** One table row: a frame, how much of it was captured and how long it was on the wire. */
    record Case(String name, int linkType, byte[] frame, int captured, int original, String expected) {
        @Override
        public String toString() { return name; }
    }

    static Case c(String name, int linkType, FrameBuilder frame, String expected) {
        byte[] bytes = frame.build();
        return new Case(name, linkType, bytes, bytes.length, bytes.length, expected);
    }

    /** The frame as captured with a snaplen of {@code captured} bytes. */
    static Case cut(String name, int linkType, FrameBuilder frame, int captured, String expected) {
        byte[] bytes = frame.build();
        return new Case(name, linkType, bytes, captured, bytes.length, expected);
    }

    /** Only the first {@code length} bytes of the frame exist, on the wire too. */
    static Case shortFrame(String name, int linkType, FrameBuilder frame, int length, String expected) {
        return new Case(name, linkType, frame.build(), length, length, expected);
    }

    static FrameBuilder f() { return new FrameBuilder(); }

    static Stream<Case> cases() {
        int eth = LinkType.ETHERNET;
        return Stream.of(
            // link layers
            c("Ethernet, IPv4, UDP", eth, f().eth(0x0800).ipv4(A, B, 17).udp(53, 1234).payload(4),
                "v4 10.0.0.1:53 > 10.0.0.2:1234 proto=17 len=32 frag=- vlan=0 dscp=0"),
            c("802.1Q VLAN 100 with priority bits, TCP SYN-ACK", eth,
                f().eth(0x8100).tag(0x2064, 0x0800).ipv4("192.0.2.1", "198.51.100.7", 6).tcp(80, 40000, 0x12),
                "v4 192.0.2.1:80 > 198.51.100.7:40000 proto=6 len=40 frag=- vlan=100 dscp=0 flags=0x12"),
            c("802.1ad QinQ: the outer S-tag is the vlan", eth,
                f().eth(0x88A8).tag(200, 0x8100).tag(300, 0x0800).ipv4("10.1.1.1", "10.2.2.2", 17).udp(1000, 2000),
                "v4 10.1.1.1:1000 > 10.2.2.2:2000 proto=17 len=28 frag=- vlan=200 dscp=0"),
            c("three stacked tags, old 0x9100 outer, IPv6", eth,
                f().eth(0x9100).tag(7, 0x9100).tag(8, 0x8100).tag(9, 0x86DD).ipv6(A6, B6, 17).udp(5, 6),
                "v6 [2001:db8::1]:5 > [2001:db8::2]:6 proto=17 len=48 frag=- vlan=7 dscp=0"),
            c("MPLS 2-label stack, IPv4 ICMP echo", eth,
                f().eth(0x8847).mpls(100, false).mpls(200, true).ipv4(A, B, 1).icmp(8, 0),
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=1 len=28 frag=- vlan=0 dscp=0 icmp=8/0"),
            c("MPLS multicast, IPv6 by version nibble", eth,
                f().eth(0x8848).mpls(16, true).ipv6("2001:db8::a", "ff02::5", 17).udp(521, 521),
                "v6 [2001:db8::a]:521 > [ff02::5]:521 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("MPLS carrying a pseudowire, not IP", eth,
                f().eth(0x8847).mpls(16, true).u8(0, 0, 0, 0).payload(14),
                "NON_IP MPLS payload at frame offset 18: expected IP version nibble 4 or 6, found 0"),
            c("PPPoE session, IPv4", eth,
                f().eth(0x8864).u8(0x11, 0).u16(1).u16(30).u16(0x0021).ipv4("100.64.0.1", "8.8.8.8", 17).udp(3333, 53),
                "v4 100.64.0.1:3333 > 8.8.8.8:53 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("PPPoE session, LCP", eth, f().eth(0x8864).u8(0x11, 0).u16(1).u16(6).u16(0xC021).payload(4),
                "NON_IP PPP protocol at frame offset 20: expected 0x0021 (IPv4), 0x0057 (IPv6) or 0x0281/0x0283 (MPLS), found 0xc021"),
            c("Linux SLL, TCP SYN", LinkType.LINUX_SLL,
                f().u16(0).u16(1).u16(6).u8(2, 0, 0, 0, 0, 1, 0, 0).u16(0x0800).ipv4(A, B, 6).tcp(40000, 443, 0x02),
                "v4 10.0.0.1:40000 > 10.0.0.2:443 proto=6 len=40 frag=- vlan=0 dscp=0 flags=0x02"),
            c("Linux SLL2, ICMPv6 echo request", LinkType.LINUX_SLL2,
                f().u16(0x86DD).u16(0).u32(2).u16(1).u8(4, 6).zeros(8).ipv6("fe80::1", "fe80::2", 58).icmp(128, 0),
                "v6 [fe80::1]:0 > [fe80::2]:0 proto=58 len=48 frag=- vlan=0 dscp=0 icmp=128/0"),
            c("NULL, family 2 little-endian", LinkType.NULL,
                f().u8(2, 0, 0, 0).ipv4("127.0.0.1", "127.0.0.1", 17).udp(5353, 5353),
                "v4 127.0.0.1:5353 > 127.0.0.1:5353 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("NULL, family 2 big-endian", LinkType.NULL,
                f().u8(0, 0, 0, 2).ipv4("127.0.0.1", "127.0.0.2", 17).udp(1, 2),
                "v4 127.0.0.1:1 > 127.0.0.2:2 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("NULL, family 30 (Darwin IPv6) little-endian", LinkType.NULL,
                f().u8(30, 0, 0, 0).ipv6("::1", "::1", 6).tcp(443, 50000, 0x10),
                "v6 [::1]:443 > [::1]:50000 proto=6 len=60 frag=- vlan=0 dscp=0 flags=0x10"),
            c("NULL, family 24 (BSD IPv6) big-endian", LinkType.NULL,
                f().u8(0, 0, 0, 24).ipv6("::1", "::2", 17).udp(7, 8),
                "v6 [::1]:7 > [::2]:8 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("NULL, unknown family", LinkType.NULL, f().u8(7, 0, 0, 0).payload(20),
                "NON_IP loopback address family at frame offset 0: expected 2 (IPv4) or 24/28/30 (IPv6), found 7"),
            c("LOOP, family 28 in network order", LinkType.LOOP,
                f().u8(0, 0, 0, 28).ipv6(A6, B6, 17).udp(1, 2),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("LOOP is always network order", LinkType.LOOP, f().u8(2, 0, 0, 0).ipv4(A, B, 17).udp(1, 2),
                "NON_IP loopback address family at frame offset 0: expected 2 (IPv4) or 24/28/30 (IPv6), found 33554432"),
            c("raw IP (101), IPv4", LinkType.RAW, f().ipv4(A, B, 17).udp(1, 2),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("raw IP (101), IPv6", LinkType.RAW, f().ipv6(A6, B6, 17).udp(1, 2),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("historic DLT_RAW 12", 12, f().ipv4(A, B, 17).udp(3, 4),
                "v4 10.0.0.1:3 > 10.0.0.2:4 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("historic DLT_RAW 14 (OpenBSD)", 14, f().ipv6(A6, B6, 17).udp(3, 4),
                "v6 [2001:db8::1]:3 > [2001:db8::2]:4 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("LINKTYPE_IPV4", LinkType.IPV4, f().ipv4(A, B, 6).tcp(1, 2, 0x11),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=6 len=40 frag=- vlan=0 dscp=0 flags=0x11"),
            c("LINKTYPE_IPV4 carrying IPv6", LinkType.IPV4, f().ipv6(A6, B6, 17).udp(1, 2),
                "MALFORMED IPv4 header at frame offset 0: expected version 4, found version 6"),
            c("LINKTYPE_IPV6", LinkType.IPV6, f().ipv6(A6, B6, 17).udp(1, 2),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("unsupported link type (Apple PKTAP)", 258, f().payload(20),
                "UNSUPPORTED_LINK link type at frame offset 0: expected one of 0, 1, 9, 12, 14, 50, 101, 104, 108, 113, 228, 229, 276, found 258"),
            c("PPP in HDLC-like framing, IPv4", LinkType.PPP, f().u8(0xFF, 0x03).u16(0x0021).ipv4(A, B, 17).udp(1, 2),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("PPP with a compressed protocol field, IPv4", LinkType.PPP, f().u8(0x21).ipv4(A, B, 17).udp(1, 2),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("PPP carrying MPLS, IPv6", LinkType.PPP_HDLC, f().u8(0xFF, 0x03).u16(0x0281).mpls(3, true).ipv6(A6, B6, 17).udp(1, 2),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=17 len=48 frag=- vlan=0 dscp=0"),
            c("PPP LCP", LinkType.PPP, f().u8(0xFF, 0x03).u16(0xC021).payload(8),
                "NON_IP PPP protocol at frame offset 2: expected 0x0021 (IPv4), 0x0057 (IPv6) or 0x0281/0x0283 (MPLS), found 0xc021"),
            c("Cisco HDLC, IPv4", LinkType.C_HDLC, f().u8(0x0F, 0).u16(0x0800).ipv4(A, B, 6).tcp(1, 2, 0x02),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=6 len=40 frag=- vlan=0 dscp=0 flags=0x02"),
            c("Cisco HDLC, SLARP", LinkType.C_HDLC, f().u8(0x8F, 0).u16(0x8035).payload(20),
                "NON_IP EtherType at frame offset 2: expected EtherType 0x0800 (IPv4), 0x86dd (IPv6) or a VLAN/MPLS/PPPoE header carrying them, found 0x8035"),
            c("Arista 64-bit timestamp, then VLAN 100, IPv4", eth,
                f().eth(0xD28B).u16(1).u16(0x0010).u32(0x5CEEED57L).u32(0x384F59C8L).u16(0x8100).tag(100, 0x0800).ipv4(A, B, 17).udp(1, 2),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=17 len=28 frag=- vlan=100 dscp=0"),
            c("Arista 48-bit UTC timestamp (J2 variant), then MPLS", eth,
                f().eth(0xD28B).u16(1).u16(0x0121).u16(0xED95).u32(0x35464208L).u16(0x8847).mpls(5, true).ipv4(A, B, 17).udp(1, 2),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=17 len=28 frag=- vlan=0 dscp=0"),
            c("Arista header of an unknown subtype", eth, f().eth(0xD28B).u16(0xCAFE).u16(1).payload(20),
                "NON_IP Arista header at frame offset 14: expected timestamp subtype 1, version 0x_1_ or 0x_2_, found subtype and version 0xcafe0001"),
            c("ARP", eth, f().eth(0x0806).payload(28),
                "NON_IP EtherType at frame offset 12: expected EtherType 0x0800 (IPv4), 0x86dd (IPv6) or a VLAN/MPLS/PPPoE header carrying them, found 0x0806"),
            c("ARP on a VLAN", eth, f().eth(0x8100).tag(5, 0x0806).payload(28),
                "NON_IP EtherType at frame offset 16: expected EtherType 0x0800 (IPv4), 0x86dd (IPv6) or a VLAN/MPLS/PPPoE header carrying them, found 0x0806"),
            c("802.3 frame with LLC (STP)", eth, f().eth(0x0026).u8(0x42, 0x42, 3).payload(35),
                "NON_IP EtherType at frame offset 12: expected EtherType 0x0800 (IPv4), 0x86dd (IPv6) or a VLAN/MPLS/PPPoE header carrying them, found 0x0026"),

            // IPv4
            c("IPv4 with 8 octets of options", eth, f().eth(0x0800).ipv4(A, B, 6, 2).tcp(22, 60000, 0x18),
                "v4 10.0.0.1:22 > 10.0.0.2:60000 proto=6 len=48 frag=- vlan=0 dscp=0 flags=0x18"),
            c("IPv4 first fragment keeps its ports", eth,
                f().eth(0x0800).ipv4(A, B, 17).fragment(false, true, 0).udp(53, 1234).payload(16),
                "v4 10.0.0.1:53 > 10.0.0.2:1234 proto=17 len=44 frag=FF vlan=0 dscp=0"),
            c("IPv4 middle fragment has no ports", eth,
                f().eth(0x0800).ipv4(A, B, 17).fragment(false, true, 185).payload(24),
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=17 len=44 frag=IsF vlan=0 dscp=0"),
            c("IPv4 last fragment", eth, f().eth(0x0800).ipv4(A, B, 17).fragment(false, false, 370).payload(24),
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=17 len=44 frag=IsF|LF vlan=0 dscp=0"),
            c("IPv4 non-first TCP fragment carries no flags", eth,
                f().eth(0x0800).ipv4(A, B, 6).fragment(false, true, 3).tcp(1, 2, 0x02),
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=6 len=40 frag=IsF vlan=0 dscp=0 flags=0x00"),
            c("IPv4 DF and DSCP EF", eth, f().eth(0x0800).ipv4(A, B, 6).fragment(true, false, 0).tos(0xB8).tcp(443, 51000, 0x02),
                "v4 10.0.0.1:443 > 10.0.0.2:51000 proto=6 len=40 frag=DF vlan=0 dscp=46 flags=0x02"),
            c("IPv4 total length 0 (segmentation offload) is taken from the frame", eth,
                f().eth(0x0800).ipv4(A, B, 6).ipLength(0).tcp(5001, 40000, 0x10).payload(100),
                "v4 10.0.0.1:5001 > 10.0.0.2:40000 proto=6 len=140 frag=- vlan=0 dscp=0 flags=0x10"),
            c("Ethernet padding after a short IPv4 packet is not counted", eth,
                f().eth(0x0800).ipv4(A, B, 6).tcp(1, 2, 0x04).ipLength(40).zeros(6),
                "v4 10.0.0.1:1 > 10.0.0.2:2 proto=6 len=40 frag=- vlan=0 dscp=0 flags=0x04"),
            c("SCTP ports", eth, f().eth(0x0800).ipv4(A, B, 132).u16(2905).u16(2906).u32(0).u32(0),
                "v4 10.0.0.1:2905 > 10.0.0.2:2906 proto=132 len=32 frag=- vlan=0 dscp=0"),
            c("GRE tunnel: the outer packet is stored", eth,
                f().eth(0x0800).ipv4("203.0.113.1", "203.0.113.2", 47).u16(0).u16(0x0800).ipv4(A, B, 6).tcp(1, 2, 2),
                "v4 203.0.113.1:0 > 203.0.113.2:0 proto=47 len=64 frag=- vlan=0 dscp=0"),
            c("VXLAN: the outer UDP packet is stored", eth,
                f().eth(0x0800).ipv4("198.51.100.1", "198.51.100.2", 17).udp(49152, 4789).u32(0x08000000L).u32(0x1000)
                    .eth(0x0800).ipv4(A, B, 1).icmp(8, 0),
                "v4 198.51.100.1:49152 > 198.51.100.2:4789 proto=17 len=78 frag=- vlan=0 dscp=0"),
            c("IPv4-in-IPv6: outer IPv6, proto 4", LinkType.RAW, f().ipv6(A6, B6, 4).ipv4(A, B, 17).udp(1, 2),
                "v6 [2001:db8::1]:0 > [2001:db8::2]:0 proto=4 len=68 frag=- vlan=0 dscp=0"),

            // IPv6
            c("IPv6 hop-by-hop, routing, first fragment, UDP", eth,
                f().eth(0x86DD).ipv6(A6, B6, 0).ext(43, 0).ext(44, 1).fragment6(17, 0, true).udp(4000, 53).payload(8),
                "v6 [2001:db8::1]:4000 > [2001:db8::2]:53 proto=17 len=88 frag=FF vlan=0 dscp=0"),
            c("IPv6 last fragment has no ports", eth, f().eth(0x86DD).ipv6(A6, B6, 44).fragment6(17, 100, false).payload(32),
                "v6 [2001:db8::1]:0 > [2001:db8::2]:0 proto=17 len=80 frag=IsF|LF vlan=0 dscp=0"),
            c("IPv6 atomic fragment (offset 0, no M) sets no bits", eth,
                f().eth(0x86DD).ipv6(A6, B6, 44).fragment6(6, 0, false).tcp(1, 2, 0x02),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=6 len=68 frag=- vlan=0 dscp=0 flags=0x02"),
            c("IPv6 AH (4-octet length units), then TCP", eth,
                f().eth(0x86DD).ipv6(A6, B6, 51).ah(6, 4).tcp(179, 33000, 0x18),
                "v6 [2001:db8::1]:179 > [2001:db8::2]:33000 proto=6 len=84 frag=- vlan=0 dscp=0 flags=0x18"),
            c("IPv6 traffic class EF", eth, f().eth(0x86DD).ipv6(A6, B6, 17).tos(0xB8).udp(1, 2),
                "v6 [2001:db8::1]:1 > [2001:db8::2]:2 proto=17 len=48 frag=- vlan=0 dscp=46"),
            c("IPv6 ESP ends the chain", eth, f().eth(0x86DD).ipv6(A6, B6, 50).u32(0x100).u32(1).payload(16),
                "v6 [2001:db8::1]:0 > [2001:db8::2]:0 proto=50 len=64 frag=- vlan=0 dscp=0"),
            c("IPv6 destination options, then No Next Header", eth, f().eth(0x86DD).ipv6(A6, B6, 60).ext(59, 0),
                "v6 [2001:db8::1]:0 > [2001:db8::2]:0 proto=59 len=48 frag=- vlan=0 dscp=0"),
            c("IPv6 mobility header is part of the chain", LinkType.IPV6, f().ipv6(A6, B6, 135).ext(59, 1),
                "v6 [2001:db8::1]:0 > [2001:db8::2]:0 proto=59 len=56 frag=- vlan=0 dscp=0"),
            new Case("IPv6 jumbogram (RFC 2675), captured with a small snaplen", eth,
                f().eth(0x86DD).ipv6(A6, B6, 0).ipLength(0).jumbo(17, 70000).udp(9, 9).payload(16).build(),
                86, 14 + 40 + 70000,
                "v6 [2001:db8::1]:9 > [2001:db8::2]:9 proto=17 len=65535 bytes=70040 frag=- vlan=0 dscp=0"),

            // truncated and malformed
            cut("IPv4 header cut by the snaplen", eth, f().eth(0x0800).ipv4(A, B, 17).udp(1, 2), 24,
                "TRUNCATED IPv4 header at frame offset 14: expected 20 bytes, found 10 bytes before the snaplen cut"),
            shortFrame("IPv4 header longer than the frame", eth, f().eth(0x0800).ipv4(A, B, 17).udp(1, 2), 24,
                "MALFORMED IPv4 header at frame offset 14: expected 20 bytes, found 10 bytes before the frame ends"),
            cut("IPv4 options cut by the snaplen", eth, f().eth(0x0800).ipv4(A, B, 6, 3).tcp(1, 2, 2), 40,
                "TRUNCATED IPv4 header with options at frame offset 14: expected 32 bytes, found 26 bytes before the snaplen cut"),
            cut("Ethernet header cut by the snaplen", eth, f().eth(0x0800).ipv4(A, B, 17).udp(1, 2), 10,
                "TRUNCATED Ethernet header at frame offset 0: expected 14 bytes, found 10 bytes before the snaplen cut"),
            cut("VLAN tag cut by the snaplen", eth, f().eth(0x8100).tag(5, 0x0800).ipv4(A, B, 17), 16,
                "TRUNCATED VLAN tag at frame offset 14: expected 4 bytes, found 2 bytes before the snaplen cut"),
            cut("TCP header cut by the snaplen: stored without ports", eth,
                f().eth(0x0800).ipv4(A, B, 6).tcp(80, 1234, 0x18).payload(100), 42,
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=6 len=140 frag=- vlan=0 dscp=0 flags=0x00"),
            c("UDP header longer than the IP payload: stored without ports", eth,
                f().eth(0x0800).ipv4(A, B, 17).u16(53),
                "v4 10.0.0.1:0 > 10.0.0.2:0 proto=17 len=22 frag=- vlan=0 dscp=0"),
            cut("IPv6 hop-by-hop header cut by the snaplen", eth,
                f().eth(0x86DD).ipv6(A6, B6, 0).ext(6, 1).tcp(1, 2, 2), 62,
                "TRUNCATED IPv6 hop-by-hop header at frame offset 54: expected 16 bytes, found 8 bytes before the snaplen cut"),
            c("IPv4 IHL below 5", eth, f().eth(0x0800).ipv4(A, B, 17).versionAndIhl(0x43).udp(1, 2),
                "MALFORMED IPv4 header at frame offset 14: expected IHL >= 5, found IHL 3"),
            c("IPv4 total length below the header length", eth, f().eth(0x0800).ipv4(A, B, 17).ipLength(12).udp(1, 2),
                "MALFORMED IPv4 total length at frame offset 16: expected at least the header length, 20, found 12"),
            c("IPv4 total length beyond the frame", eth, f().eth(0x0800).ipv4(A, B, 17).ipLength(1500).udp(1, 2),
                "MALFORMED IPv4 total length at frame offset 16: expected at most the 28 bytes on the wire, found 1500"),
            c("EtherType IPv4 carrying an IPv6 header", eth, f().eth(0x0800).ipv6(A6, B6, 17).udp(1, 2),
                "MALFORMED IPv4 header at frame offset 14: expected version 4, found version 6"),
            c("raw IP with version 5", LinkType.RAW, f().ipv4(A, B, 17).versionAndIhl(0x55).udp(1, 2),
                "MALFORMED IP header at frame offset 0: expected version 4 or 6, found version 5"),
            c("IPv6 payload length beyond the frame", eth, f().eth(0x86DD).ipv6(A6, B6, 17).ipLength(100).udp(1, 2),
                "MALFORMED IPv6 payload length at frame offset 18: expected at most the 8 bytes on the wire after the fixed header, found 100"),
            c("IPv6 routing header beyond the payload length", eth,
                f().eth(0x86DD).ipv6(A6, B6, 43).ext(17, 1).udp(1, 2).ipLength(8),
                "MALFORMED IPv6 routing header at frame offset 54: expected 16 bytes within the IPv6 payload length, found 8 bytes left"),
            c("IPv6 hop-by-hop with payload length 0 and no jumbo option", eth,
                f().eth(0x86DD).ipv6(A6, B6, 0).ipLength(0).ext(17, 0).udp(1, 2),
                "MALFORMED IPv6 hop-by-hop header at frame offset 54: expected 8 bytes within the IPv6 payload length, found 0 bytes left"),
            c("empty frame", eth, f(),
                "MALFORMED Ethernet header at frame offset 0: expected 14 bytes, found 0 bytes before the frame ends"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesToTheExpectedLine(Case c) {
        PacketDecoder decoder = new PacketDecoder();
        DecodedPacket out = new DecodedPacket();
        Outcome outcome = decoder.decode(c.linkType(), c.frame(), 0, c.captured(), c.original(), out);
        assertThat(PacketText.render(outcome, out, decoder)).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesTheSameInsideALargerBuffer(Case c) {
        byte[] buffer = new byte[c.frame().length + 23];
        Arrays.fill(buffer, (byte) 0x5A);
        System.arraycopy(c.frame(), 0, buffer, 11, c.frame().length);
        PacketDecoder decoder = new PacketDecoder();
        DecodedPacket out = new DecodedPacket();
        Outcome outcome = decoder.decode(c.linkType(), buffer, 11, c.captured(), c.original(), out);
        assertThat(PacketText.render(outcome, out, decoder)).isEqualTo(c.expected());
    }
}
