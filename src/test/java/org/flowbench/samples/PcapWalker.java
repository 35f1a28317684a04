package org.flowbench.samples;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small, independent pcap reader for checking the generator: classic pcap,
 * Ethernet with at most one 802.1Q tag, IPv4/IPv6, TCP/UDP/ICMP. Not the project's reader.
 */
public final class PcapWalker {
    /** One frame as the checks see it. Ports are 0 on non-first fragments. */
    public record Packet(long micros, int frameLength, int vlan, int ipVersion, InetAddress src, InetAddress dst, int proto,
                  int srcPort, int dstPort, int tcpFlags, int pktLen, boolean ipChecksumOk, int ipId,
                  int fragmentOffset, boolean moreFragments, boolean dontFragment, byte[] ipPayload) {
        boolean isFragment() {
            return fragmentOffset > 0 || moreFragments;
        }
    }

    public static List<Packet> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0xA1B2C3D4) throw new IOException("not a little-endian microsecond pcap: " + file);
        if (b.getShort(4) != 2 || b.getShort(6) != 4 || b.getInt(20) != 1) throw new IOException("unexpected pcap header");
        List<Packet> packets = new ArrayList<>();
        int at = 24;
        while (at < b.limit()) {
            if (at + 16 > b.limit()) throw new IOException("truncated record header at " + at);
            long micros = (b.getInt(at) & 0xFFFFFFFFL) * 1_000_000L + b.getInt(at + 4);
            int captured = b.getInt(at + 8);
            int original = b.getInt(at + 12);
            if (captured != original) throw new IOException("frame at " + at + " not captured whole");
            if (at + 16 + captured > b.limit()) throw new IOException("truncated frame at " + at);
            packets.add(decode(micros, b.array(), at + 16, captured));
            at += 16 + captured;
        }
        return packets;
    }

    private static Packet decode(long micros, byte[] f, int start, int length) throws IOException {
        int at = start + 12;
        int vlan = 0;
        int type = u16(f, at);
        if (type == 0x8100) {
            vlan = u16(f, at + 2) & 0xFFF;
            type = u16(f, at + 4);
            at += 4;
        }
        at += 2;
        int end = start + length;
        if (type == 0x0800) {
            int ihl = (f[at] & 0x0F) * 4;
            int total = u16(f, at + 2);
            if (at + total > end) throw new IOException("IPv4 total length beyond the frame");
            boolean checksumOk = fold(ones(f, at, ihl, 0L)) == 0xFFFF;
            int flagsOffset = u16(f, at + 6);
            int offset = (flagsOffset & 0x1FFF) * 8;
            int proto = f[at + 9] & 0xFF;
            byte[] src = java.util.Arrays.copyOfRange(f, at + 12, at + 16);
            byte[] dst = java.util.Arrays.copyOfRange(f, at + 16, at + 20);
            byte[] payload = java.util.Arrays.copyOfRange(f, at + ihl, at + total);
            int[] l4 = offset == 0 ? transport(proto, payload) : new int[3];
            return new Packet(micros, length, vlan, 4, InetAddress.getByAddress(src), InetAddress.getByAddress(dst), proto,
                    l4[0], l4[1], l4[2], total, checksumOk, u16(f, at + 4), offset, (flagsOffset & 0x2000) != 0,
                    (flagsOffset & 0x4000) != 0, payload);
        }
        if (type == 0x86DD) {
            int payloadLength = u16(f, at + 4);
            int proto = f[at + 6] & 0xFF;
            byte[] src = java.util.Arrays.copyOfRange(f, at + 8, at + 24);
            byte[] dst = java.util.Arrays.copyOfRange(f, at + 24, at + 40);
            byte[] payload = java.util.Arrays.copyOfRange(f, at + 40, at + 40 + payloadLength);
            int[] l4 = transport(proto, payload);
            return new Packet(micros, length, vlan, 6, InetAddress.getByAddress(src), InetAddress.getByAddress(dst), proto,
                    l4[0], l4[1], l4[2], 40 + payloadLength, true, 0, 0, false, false, payload);
        }
        throw new IOException("unexpected ethertype " + Integer.toHexString(type));
    }

    private static int[] transport(int proto, byte[] p) {
        if (proto == 6) return new int[] {u16(p, 0), u16(p, 2), p[13] & 0xFF};
        if (proto == 17) return new int[] {u16(p, 0), u16(p, 2), 0};
        return new int[3];
    }

    /** Whether a whole transport segment's checksum (with pseudo-header) verifies. */
    static boolean transportChecksumOk(int ipVersion, InetAddress src, InetAddress dst, int proto, byte[] segment) {
        long sum = 0;
        if (proto != 1) {
            byte[] s = src.getAddress();
            byte[] d = dst.getAddress();
            sum = ones(s, 0, s.length, sum);
            sum = ones(d, 0, d.length, sum);
            sum += proto + (segment.length & 0xFFFF) + (segment.length >>> 16);
        }
        return fold(ones(segment, 0, segment.length, sum)) == 0xFFFF;
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long ones(byte[] b, int at, int length, long sum) {
        for (int i = 0; i + 1 < length; i += 2) sum += u16(b, at + i);
        if ((length & 1) != 0) sum += (b[at + length - 1] & 0xFF) << 8;
        return sum;
    }

    private static int fold(long sum) {
        while ((sum >>> 16) != 0) sum = (sum & 0xFFFF) + (sum >>> 16);
        return (int) sum;
    }
}
