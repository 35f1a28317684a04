package org.flowbench.samples;

import java.io.IOException;

/**
 * Lays out Ethernet (optionally 802.1Q-tagged) frames carrying IPv4 or IPv6 with UDP, TCP,
 * ICMP or ICMPv6, all checksums correct, and splits IPv4 datagrams larger than the MTU into
 * fragments (RFC 791 section 2.3: offsets in 8-byte units, MF on all but the last). Reuses its
 * buffers, so building allocates nothing.
 */
public final class FrameBuilder {
    public static final int MTU = 1500;
    private static final byte[] UPSTREAM_MAC = {0x00, 0x00, 0x5E, 0x00, 0x53, 0x01};
    private static final byte[] EDGE_MAC = {0x00, 0x00, 0x5E, 0x00, 0x53, 0x02};
    private static final int MAX_FRAGMENT_DATA = (MTU - 20) & ~7;
    /** Shortest Ethernet frame without FCS; receivers see shorter ones padded with zeros. */
    private static final int MIN_FRAME = 60;

    private final byte[] segment = new byte[65_535 + 60];
    private final byte[] frame = new byte[18 + MTU];
    private int lastFrames;
    private long lastL3Bytes;

    /** Builds the datagram and writes its frame (or its fragments' frames) at {@code p.timeMicros}. */
    public int emit(PacketSpec p, PcapWriter out) throws IOException {
        int segmentLength = buildTransport(p);
        lastFrames = 0;
        lastL3Bytes = 0;
        if (p.ipVersion == 6) {
            emitV6(p, segmentLength, out);
        } else {
            emitV4(p, segmentLength, out);
        }
        return lastFrames;
    }

    /** Frames written by the last {@link #emit}: 1, or the number of fragments. */
    public int lastFrames() {
        return lastFrames;
    }

    /** Layer-3 bytes (IP total lengths) written by the last {@link #emit}. */
    public long lastL3Bytes() {
        return lastL3Bytes;
    }

    /** Frames a datagram of this spec will take, without building it. */
    public static int framesFor(PacketSpec p) {
        int ipPayload = transportHeaderLength(p) + p.payloadLength;
        if (p.ipVersion == 6 || 20 + ipPayload <= MTU) return 1;
        return (ipPayload + MAX_FRAGMENT_DATA - 1) / MAX_FRAGMENT_DATA;
    }

    private static int transportHeaderLength(PacketSpec p) {
        switch (p.proto) {
            case PacketSpec.TCP: return p.synOptions ? 32 : 20;
            case PacketSpec.UDP:
            case PacketSpec.ICMP:
            case PacketSpec.ICMPV6: return 8;
            default: throw new IllegalArgumentException("unsupported protocol " + p.proto);
        }
    }

    private int buildTransport(PacketSpec p) {
        int header = transportHeaderLength(p);
        int length = header + p.payloadLength;
        if (length > 65_535 - 20) throw new IllegalArgumentException("datagram of " + length + " bytes is too large");
        byte[] s = segment;
        System.arraycopy(p.payload, 0, s, header, p.payloadLength);
        int checksumAt;
        switch (p.proto) {
            case PacketSpec.TCP:
                putShort(s, 0, p.srcPort);
                putShort(s, 2, p.dstPort);
                putInt(s, 4, p.seq);
                putInt(s, 8, (p.tcpFlags & PacketSpec.ACK) != 0 ? p.ack : 0);
                s[12] = (byte) ((header / 4) << 4);
                s[13] = (byte) p.tcpFlags;
                putShort(s, 14, p.window);
                putShort(s, 16, 0);
                putShort(s, 18, 0);
                if (p.synOptions) writeSynOptions(s, 20);
                checksumAt = 16;
                break;
            case PacketSpec.UDP:
                putShort(s, 0, p.srcPort);
                putShort(s, 2, p.dstPort);
                putShort(s, 4, length);
                putShort(s, 6, 0);
                checksumAt = 6;
                break;
            default:
                s[0] = (byte) p.icmpType;
                s[1] = (byte) p.icmpCode;
                putShort(s, 2, 0);
                putShort(s, 4, p.icmpId);
                putShort(s, 6, p.icmpSeq);
                checksumAt = 2;
        }
        // Headers are of even length, so a payload's own sum keeps its word alignment.
        long sum = p.payloadSum >= 0
                ? InternetChecksum.add(p.payloadSum, s, 0, header)
                : InternetChecksum.add(0, s, 0, length);
        if (p.proto != PacketSpec.ICMP) sum += pseudoHeaderSum(p, length);
        int checksum = InternetChecksum.finish(sum);
        // RFC 768: a computed UDP checksum of zero is sent as all ones (zero means "none").
        if (p.proto == PacketSpec.UDP && checksum == 0) checksum = 0xFFFF;
        putShort(s, checksumAt, checksum);
        return length;
    }

    private static void writeSynOptions(byte[] s, int at) {
        s[at] = 2;              // MSS
        s[at + 1] = 4;
        putShort(s, at + 2, 1460);
        s[at + 4] = 1;          // NOP
        s[at + 5] = 3;          // window scale 7
        s[at + 6] = 3;
        s[at + 7] = 7;
        s[at + 8] = 1;          // NOP, NOP
        s[at + 9] = 1;
        s[at + 10] = 4;         // SACK permitted
        s[at + 11] = 2;
    }

    private static long pseudoHeaderSum(PacketSpec p, int length) {
        long sum = words(p.srcHi) + words(p.srcLo) + words(p.dstHi) + words(p.dstLo);
        return sum + p.proto + (length & 0xFFFF) + (length >>> 16);
    }

    private static long words(long v) {
        return (v & 0xFFFF) + ((v >>> 16) & 0xFFFF) + ((v >>> 32) & 0xFFFF) + ((v >>> 48) & 0xFFFF);
    }

    private void emitV4(PacketSpec p, int segmentLength, PcapWriter out) throws IOException {
        if (20 + segmentLength <= MTU) {
            writeV4Frame(p, 0, segmentLength, false, out);
            return;
        }
        if (p.dontFragment) throw new IllegalArgumentException("DF datagram of " + segmentLength + " bytes exceeds the MTU");
        for (int offset = 0; offset < segmentLength; offset += MAX_FRAGMENT_DATA) {
            int length = Math.min(MAX_FRAGMENT_DATA, segmentLength - offset);
            writeV4Frame(p, offset, length, offset + length < segmentLength, out);
        }
    }

    private void writeV4Frame(PacketSpec p, int dataOffset, int dataLength, boolean moreFragments, PcapWriter out)
            throws IOException {
        byte[] f = frame;
        int ip = ethernet(p, 0x0800);
        int total = 20 + dataLength;
        f[ip] = 0x45;
        f[ip + 1] = (byte) (p.dscp << 2);
        putShort(f, ip + 2, total);
        putShort(f, ip + 4, p.ipId);
        int flags = (p.dontFragment ? 0x4000 : 0) | (moreFragments ? 0x2000 : 0);
        putShort(f, ip + 6, flags | (dataOffset / 8));
        f[ip + 8] = (byte) p.ttl;
        f[ip + 9] = (byte) p.proto;
        putShort(f, ip + 10, 0);
        putInt(f, ip + 12, (int) p.srcLo);
        putInt(f, ip + 16, (int) p.dstLo);
        putShort(f, ip + 10, InternetChecksum.of(f, ip, 20));
        System.arraycopy(segment, dataOffset, f, ip + 20, dataLength);
        out.write(p.timeMicros, f, 0, pad(ip + total));
        lastFrames++;
        lastL3Bytes += total;
    }

    private void emitV6(PacketSpec p, int segmentLength, PcapWriter out) throws IOException {
        if (40 + segmentLength > MTU) throw new IllegalArgumentException("IPv6 datagram of " + segmentLength + " bytes exceeds the MTU");
        byte[] f = frame;
        int ip = ethernet(p, 0x86DD);
        putInt(f, ip, (6 << 28) | (p.dscp << 22));
        putShort(f, ip + 4, segmentLength);
        f[ip + 6] = (byte) p.proto;
        f[ip + 7] = (byte) p.ttl;
        putLong(f, ip + 8, p.srcHi);
        putLong(f, ip + 16, p.srcLo);
        putLong(f, ip + 24, p.dstHi);
        putLong(f, ip + 32, p.dstLo);
        System.arraycopy(segment, 0, f, ip + 40, segmentLength);
        out.write(p.timeMicros, f, 0, pad(ip + 40 + segmentLength));
        lastFrames = 1;
        lastL3Bytes = 40 + segmentLength;
    }

    private int pad(int length) {
        if (length >= MIN_FRAME) return length;
        java.util.Arrays.fill(frame, length, MIN_FRAME, (byte) 0);
        return MIN_FRAME;
    }

    /** Writes the link header and returns where the IP header starts. */
    private int ethernet(PacketSpec p, int etherType) {
        byte[] f = frame;
        System.arraycopy(p.inbound ? EDGE_MAC : UPSTREAM_MAC, 0, f, 0, 6);
        System.arraycopy(p.inbound ? UPSTREAM_MAC : EDGE_MAC, 0, f, 6, 6);
        if (p.vlan == 0) {
            putShort(f, 12, etherType);
            return 14;
        }
        putShort(f, 12, 0x8100);
        putShort(f, 14, p.vlan & 0x0FFF);
        putShort(f, 16, etherType);
        return 18;
    }

    static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }
}
