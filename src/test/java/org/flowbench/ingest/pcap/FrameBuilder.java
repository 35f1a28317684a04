package org.flowbench.ingest.pcap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds tiny frames for decoder tests, header by header. IP length fields are filled in by
 * {@link #build()} from where each IP header starts to the end of the frame, unless a test
 * forces a value with {@link #ipLength(int)}.
 */
public final class FrameBuilder {
    private byte[] buf = new byte[256];
    private int len;
    private final List<int[]> ipHeaders = new ArrayList<>(); // {start, version, forcedLength or -1}

    public FrameBuilder u8(int... values) {
        for (int v : values) put(v);
        return this;
    }

    public FrameBuilder u16(int v) { return u8(v >> 8, v); }

    public FrameBuilder u32(long v) { return u16((int) (v >> 16)).u16((int) v); }

    public FrameBuilder zeros(int n) {
        for (int i = 0; i < n; i++) put(0);
        return this;
    }

    /** Ethernet II: fixed MAC addresses, then the EtherType. */
    public FrameBuilder eth(int etherType) {
        return u8(0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01).u16(etherType);
    }

    /** A VLAN tag's TCI (priority bits included) and the EtherType after it. */
    public FrameBuilder tag(int tci, int nextType) { return u16(tci).u16(nextType); }

    public FrameBuilder mpls(int label, boolean bottomOfStack) {
        return u32(((long) label << 12) | (bottomOfStack ? 0x100 : 0) | 64);
    }

    public FrameBuilder ipv4(String src, String dst, int proto) { return ipv4(src, dst, proto, 0); }

    /** An IPv4 header with {@code optionWords} 4-octet words of NOP options. */
    public FrameBuilder ipv4(String src, String dst, int proto, int optionWords) {
        ipHeaders.add(new int[] {len, 4, -1});
        u8(0x40 | (5 + optionWords), 0).u16(0).u16(0x1234).u16(0).u8(64, proto).u16(0);
        u8(address(src, 4)).u8(address(dst, 4));
        for (int i = 0; i < optionWords * 4; i++) put(1);
        return this;
    }

    /** Patches the last IPv4 header's flags and fragment offset (in 8-octet units). */
    public FrameBuilder fragment(boolean df, boolean mf, int offset) {
        int at = lastIp()[0] + 6;
        int v = (df ? 0x4000 : 0) | (mf ? 0x2000 : 0) | offset;
        buf[at] = (byte) (v >> 8);
        buf[at + 1] = (byte) v;
        return this;
    }

    /** Sets the last IP header's TOS / traffic class octet. */
    public FrameBuilder tos(int tos) {
        int[] ip = lastIp();
        if (ip[1] == 4) {
            buf[ip[0] + 1] = (byte) tos;
        } else {
            buf[ip[0]] = (byte) (0x60 | tos >> 4);
            buf[ip[0] + 1] = (byte) ((tos & 0x0F) << 4);
        }
        return this;
    }

    /** Forces the last IP header's total length (v4) or payload length (v6). */
    public FrameBuilder ipLength(int value) {
        lastIp()[2] = value;
        return this;
    }

    /** Overwrites the first octet (version and IHL) of the last IP header. */
    public FrameBuilder versionAndIhl(int value) {
        buf[lastIp()[0]] = (byte) value;
        return this;
    }

    public FrameBuilder ipv6(String src, String dst, int next) {
        ipHeaders.add(new int[] {len, 6, -1});
        u8(0x60, 0, 0, 0).u16(0).u8(next, 64).u8(address(src, 16)).u8(address(dst, 16));
        return this;
    }

    /** A hop-by-hop, routing or destination options header of (units + 1) * 8 octets, padded with PadN. */
    public FrameBuilder ext(int next, int units) {
        u8(next, units);
        int padding = (units + 1) * 8 - 2;
        u8(1, padding - 2).zeros(padding - 2);
        return this;
    }

    /** An authentication header with payload-length field {@code lengthField}: (lengthField + 2) * 4 octets. */
    public FrameBuilder ah(int next, int lengthField) {
        return u8(next, lengthField).u16(0).u32(0x1000).u32(1).zeros((lengthField + 2) * 4 - 12);
    }

    public FrameBuilder fragment6(int next, int offset, boolean more) {
        return u8(next, 0).u16(offset << 3 | (more ? 1 : 0)).u32(0xABCD);
    }

    /** A hop-by-hop header holding only a Jumbo Payload option (RFC 2675). */
    public FrameBuilder jumbo(int next, long jumboLength) {
        return u8(next, 0).u8(0xC2, 4).u32(jumboLength);
    }

    public FrameBuilder tcp(int src, int dst, int flags) {
        return u16(src).u16(dst).u32(1).u32(0).u8(0x50, flags).u16(65535).u16(0).u16(0);
    }

    public FrameBuilder udp(int src, int dst) { return u16(src).u16(dst).u16(8).u16(0); }

    public FrameBuilder icmp(int type, int code) { return u8(type, code).u16(0).u32(0x00010001); }

    public FrameBuilder payload(int n) {
        for (int i = 0; i < n; i++) put(0xA0 + (i & 0x0F));
        return this;
    }

    public byte[] build() {
        for (int[] ip : ipHeaders) {
            int value = ip[2] >= 0 ? ip[2] : ip[1] == 4 ? len - ip[0] : len - ip[0] - 40;
            int at = ip[0] + (ip[1] == 4 ? 2 : 4);
            buf[at] = (byte) (value >> 8);
            buf[at + 1] = (byte) value;
        }
        return Arrays.copyOf(buf, len);
    }

    private int[] lastIp() { return ipHeaders.get(ipHeaders.size() - 1); }

    private FrameBuilder u8(byte[] bytes) {
        for (byte b : bytes) put(b);
        return this;
    }

    private void put(int v) {
        if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
        buf[len++] = (byte) v;
    }

    private static byte[] address(String text, int size) {
        try {
            byte[] a = InetAddress.getByName(text).getAddress();
            if (a.length != size) throw new IllegalArgumentException(text + " is not a " + size + "-byte address");
            return a;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
