package org.flowbench.ingest.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes classic pcap files for tests: a header, then records, any field as we like it (valid or not). */
final class PcapFixture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;

    private PcapFixture(ByteOrder order) { this.order = order; }

    static PcapFixture header(ByteOrder order, int magic, int major, int minor, long snaplen, long linkField) {
        PcapFixture f = new PcapFixture(order);
        ByteBuffer b = f.buffer(24);
        b.putInt(magic).putShort((short) major).putShort((short) minor).putInt(0).putInt(0)
                .putInt((int) snaplen).putInt((int) linkField);
        f.out.writeBytes(b.array());
        return f;
    }

    static PcapFixture micro(ByteOrder order, long snaplen, int linkType) {
        return header(order, 0xa1b2c3d4, 2, 4, snaplen, linkType);
    }

    static PcapFixture nano(ByteOrder order, long snaplen, int linkType) {
        return header(order, 0xa1b23c4d, 2, 4, snaplen, linkType);
    }

    PcapFixture record(long seconds, long fraction, int originalLength, byte[] data) {
        return record(seconds, fraction, data.length, originalLength, data);
    }

    /** A record whose captured-length field may lie about the bytes that follow. */
    PcapFixture record(long seconds, long fraction, long capturedField, int originalLength, byte[] data) {
        ByteBuffer b = buffer(16);
        b.putInt((int) seconds).putInt((int) fraction).putInt((int) capturedField).putInt(originalLength);
        out.writeBytes(b.array());
        out.writeBytes(data);
        return this;
    }

    PcapFixture raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] bytes() { return out.toByteArray(); }

    private ByteBuffer buffer(int size) { return ByteBuffer.allocate(size).order(order); }

    /** {@code n} bytes counting up from {@code first}: a recognisable frame body. */
    static byte[] frame(int first, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (first + i);
        return b;
    }
}
