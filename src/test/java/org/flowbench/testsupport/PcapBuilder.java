package org.flowbench.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small classic pcap files (little-endian, microseconds, Ethernet) frame by frame. */
public final class PcapBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    public PcapBuilder() {
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        bytes.writeBytes(h.array());
    }

    /** An Ethernet + IPv4 + UDP frame with {@code payload} bytes after the UDP header. */
    public PcapBuilder udp4(long second, int micros, int src, int dst, int srcPort, int dstPort, int payload) {
        int ipLen = 20 + 8 + payload;
        ByteBuffer f = ByteBuffer.allocate(14 + ipLen);
        f.put(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) ipLen).putShort((short) 1).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).putInt(src).putInt(dst);
        f.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload)).putShort((short) 0);
        return frame(second, micros, f.array(), f.capacity());
    }

    /** An Ethernet + IPv6 + TCP SYN frame (no payload). */
    public PcapBuilder tcp6Syn(long second, int micros, long srcLo, long dstLo, int srcPort, int dstPort) {
        ByteBuffer f = ByteBuffer.allocate(14 + 40 + 20);
        f.put(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).putShort((short) 0x86DD);
        f.putInt(0x60000000).putShort((short) 20).put((byte) 6).put((byte) 64);
        f.putLong(0x20010db800000000L).putLong(srcLo).putLong(0x20010db800000000L).putLong(dstLo);
        f.putShort((short) srcPort).putShort((short) dstPort).putInt(1).putInt(0).put((byte) 0x50).put((byte) 0x02)
                .putShort((short) 1024).putShort((short) 0).putShort((short) 0);
        return frame(second, micros, f.array(), f.capacity());
    }

    /** A non-IP frame (ARP EtherType, zero body). */
    public PcapBuilder arp(long second) {
        byte[] f = new byte[42];
        f[12] = 0x08;
        f[13] = 0x06;
        return frame(second, 0, f, f.length);
    }

    public PcapBuilder frame(long second, int micros, byte[] data, int originalLength) {
        ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt((int) second).putInt(micros).putInt(data.length).putInt(originalLength);
        bytes.writeBytes(r.array());
        bytes.writeBytes(data);
        return this;
    }

    /** Appends raw bytes (for damage: a cut record). */
    public PcapBuilder raw(byte[] b) {
        bytes.writeBytes(b);
        return this;
    }

    public byte[] bytes() { return bytes.toByteArray(); }

    public Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    public Path writeGzip(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes());
        }
        return file;
    }

    public static int v4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }
}
