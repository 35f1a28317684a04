package org.flowbench.ingest.flow;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Test-only XDR writer for hand-built sFlow v5 datagrams (sflow_version_5.txt): 32-bit
 * big-endian words, opaque data padded to 4 octets, and length-prefixed nested structures.
 * Also writes the few frame headers the golden datagrams sample.
 */
public final class SflowXdr {
    /** A piece of a datagram (a sample, a record) that writes itself; not generic, so it makes safe varargs. */
    @FunctionalInterface
    public interface Part {
        void writeTo(SflowXdr x);
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public SflowXdr u32(long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return this;
    }

    public SflowXdr u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    public SflowXdr u8(int... values) {
        for (int v : values) out.write(v);
        return this;
    }

    public SflowXdr bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    /** Raw address octets (4 or 16), no type word. */
    public SflowXdr ip(String literal) {
        return bytes(octets(literal));
    }

    /** An sFlow address: type 1 (IPv4) or 2 (IPv6), then the octets. */
    public SflowXdr address(String literal) {
        byte[] a = octets(literal);
        return u32(a.length == 4 ? 1 : 2).bytes(a);
    }

    /** XDR opaque: length, bytes, zero padding to 4 octets. */
    public SflowXdr opaque(byte[] b) {
        u32(b.length).bytes(b);
        for (int i = b.length; i % 4 != 0; i++) out.write(0);
        return this;
    }

    /** {@code format} (enterprise << 12 | format), then the body as length-prefixed opaque data. */
    public SflowXdr record(int enterprise, int format, Part body) {
        SflowXdr inner = new SflowXdr();
        body.writeTo(inner);
        return u32((long) enterprise << 12 | format).opaque(inner.toBytes());
    }

    public SflowXdr record(int format, Part body) {
        return record(0, format, body);
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    public int size() {
        return out.size();
    }

    /** sample_datagram_v5 with an IPv4 or IPv6 agent and the given samples. */
    public static byte[] datagram(String agent, long subAgent, long sequence, Part... samples) {
        SflowXdr x = new SflowXdr().u32(5).address(agent).u32(subAgent).u32(sequence).u32(123_456).u32(samples.length);
        for (Part s : samples) s.writeTo(x);
        return x.toBytes();
    }

    /** flow_sample (format 1) with compact interface words and the given flow records. */
    public static Part flowSample(long rate, long inWord, long outWord, Part... records) {
        return x -> x.record(1, s -> {
            s.u32(77).u32(inWord & 0x3FFF_FFFFL).u32(rate).u32(rate * 10).u32(0).u32(inWord).u32(outWord).u32(records.length);
            for (Part r : records) r.writeTo(s);
        });
    }

    /** flow_sample_expanded (format 3) with interface_expanded formats and values. */
    public static Part expandedFlowSample(long rate, long inFormat, long inValue, long outFormat, long outValue,
                                                        Part... records) {
        return x -> x.record(3, s -> {
            s.u32(78).u32(0).u32(inValue).u32(rate).u32(rate * 10).u32(0)
                    .u32(inFormat).u32(inValue).u32(outFormat).u32(outValue).u32(records.length);
            for (Part r : records) r.writeTo(s);
        });
    }

    /** sampled_header (flow record format 1): the first {@code headerBytes} of {@code frame}. */
    public static Part rawHeader(int protocol, long frameLength, long stripped, byte[] frame, int headerBytes) {
        byte[] header = java.util.Arrays.copyOf(frame, Math.min(frame.length, headerBytes));
        return x -> x.record(1, r -> r.u32(protocol).u32(frameLength).u32(stripped).opaque(header));
    }

    public static Part extendedSwitch(long srcVlan, long dstVlan) {
        return x -> x.record(1001, r -> r.u32(srcVlan).u32(0).u32(dstVlan).u32(0));
    }

    /** frame helpers: Ethernet II with fixed MACs. */
    public static SflowXdr ethernet(int etherType) {
        return new SflowXdr().u8(0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01).u16(etherType);
    }

    /** A 20-byte IPv4 header; {@code flags} are the top three bits of the fragment word. */
    public SflowXdr ipv4(String src, String dst, int proto, int totalLength, int tos, int flags) {
        return u8(0x45, tos).u16(totalLength).u16(0x1234).u16(flags << 13).u8(64, proto).u16(0).ip(src).ip(dst);
    }

    /** A 40-byte IPv6 header. */
    public SflowXdr ipv6(String src, String dst, int nextHeader, int payloadLength) {
        return u32(0x6000_0000L).u16(payloadLength).u8(nextHeader, 64).ip(src).ip(dst);
    }

    public SflowXdr tcp(int srcPort, int dstPort, int flags) {
        return u16(srcPort).u16(dstPort).u32(1).u32(0).u8(0x50, flags).u16(1024).u32(0);
    }

    public SflowXdr udp(int srcPort, int dstPort, int length) {
        return u16(srcPort).u16(dstPort).u16(length).u16(0);
    }

    static byte[] octets(String literal) {
        try {
            byte[] a = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && a.length == 4) throw new IllegalArgumentException("IPv4-mapped literal: " + literal);
            return a;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
