package org.flowbench.ingest.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes pcapng files for tests, block by block; each section has its own byte order. */
final class PcapngFixture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    PcapngFixture section(ByteOrder sectionOrder) { return section(sectionOrder, 1, 0, new byte[0]); }

    PcapngFixture section(ByteOrder sectionOrder, int major, int minor, byte[] options) {
        order = sectionOrder;
        ByteBuffer body = buffer(16 + options.length);
        body.putInt(0x1A2B3C4D).putShort((short) major).putShort((short) minor).putLong(-1).put(options);
        return block(0x0A0D0D0A, body.array());
    }

    PcapngFixture interfaceBlock(int linkType, long snaplen, byte[] options) {
        ByteBuffer body = buffer(8 + options.length);
        body.putShort((short) linkType).putShort((short) 0).putInt((int) snaplen).put(options);
        return block(1, body.array());
    }

    PcapngFixture enhancedPacket(int interfaceId, long timestamp, int originalLength, byte[] data) {
        ByteBuffer body = buffer(20 + padded(data.length));
        body.putInt(interfaceId).putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
                .putInt(data.length).putInt(originalLength).put(data);
        return block(6, body.array());
    }

    PcapngFixture simplePacket(int originalLength, byte[] data) {
        ByteBuffer body = buffer(4 + padded(data.length));
        body.putInt(originalLength).put(data);
        return block(3, body.array());
    }

    /** The obsolete Packet Block (type 2): 16-bit interface id and a drops counter. */
    PcapngFixture packet(int interfaceId, long timestamp, int originalLength, byte[] data) {
        ByteBuffer body = buffer(20 + padded(data.length));
        body.putShort((short) interfaceId).putShort((short) 0).putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
                .putInt(data.length).putInt(originalLength).put(data);
        return block(2, body.array());
    }

    /** Any block: type, then the body; total length before and after. */
    PcapngFixture block(int type, byte[] body) {
        return block(type, body, 12 + padded(body.length));
    }

    /** A block whose trailing length copy may differ from its leading one. */
    PcapngFixture block(int type, byte[] body, int trailingLength) {
        int total = 12 + padded(body.length);
        ByteBuffer b = buffer(total);
        b.putInt(type).putInt(total).put(body).position(total - 4);
        b.putInt(trailingLength);
        out.writeBytes(b.array());
        return this;
    }

    PcapngFixture raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** One option (code, length, value padded to 4). */
    static byte[] option(ByteOrder order, int code, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(4 + padded(value.length)).order(order);
        b.putShort((short) code).putShort((short) value.length).put(value);
        return b.array();
    }

    static byte[] longValue(ByteOrder order, long v) { return ByteBuffer.allocate(8).order(order).putLong(v).array(); }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) o.writeBytes(p);
        return o.toByteArray();
    }

    byte[] bytes() { return out.toByteArray(); }

    private ByteBuffer buffer(int size) { return ByteBuffer.allocate(size).order(order); }

    private static int padded(int n) { return (n + 3) & ~3; }
}
