package org.flowbench.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small classic pcap (Ethernet, IPv4, UDP) of a made-up NTP reflection flood: a
 * minute of light background traffic with a burst of 468-byte packets from port 123 in the
 * middle, so a traffic chart has an unmistakable shape.
 */
public final class FloodPcap {
    public static final int SECONDS = 60;
    private static final long START_EPOCH = 1_709_294_400L; // 2024-03-01T12:00:00Z

    private FloodPcap() {}

    /** Packets written in second {@code s}: 5 background, plus a flood ramping up and down over 20..40. */
    public static int packetsIn(int s) {
        int flood = s < 20 || s >= 40 ? 0 : 10 * (10 - Math.abs(s - 30));
        return 5 + flood;
    }

    public static Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(65535).putInt(1); // LINKTYPE_ETHERNET
            out.write(header.array());
            for (int s = 0; s < SECONDS; s++) {
                int background = 5;
                int count = packetsIn(s);
                for (int i = 0; i < count; i++) {
                    boolean flood = i >= background;
                    int micros = (int) ((long) i * 1_000_000 / count);
                    out.write(frame(START_EPOCH + s, micros, flood, i));
                }
            }
        }
        return file;
    }

    private static byte[] frame(long seconds, int micros, boolean flood, int index) {
        int payload = flood ? 440 : 40;
        int ipLength = 20 + 8 + payload;
        int frameLength = 14 + ipLength;
        ByteBuffer b = ByteBuffer.allocate(16 + frameLength);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt((int) seconds).putInt(micros).putInt(frameLength).putInt(frameLength);
        b.order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {0, 0x1b, 0x21, 1, 2, 3, 0, 0x1b, 0x21, 4, 5, 6}).putShort((short) 0x0800);
        int ipStart = b.position();
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) index).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0);
        // Reflectors 198.51.100.x flood the victim 203.0.113.10; background from 192.0.2.x.
        b.put(flood ? new byte[] {(byte) 198, 51, 100, (byte) (1 + index % 50)} : new byte[] {(byte) 192, 0, 2, 7});
        b.put(new byte[] {(byte) 203, 0, 113, 10});
        b.putShort(ipStart + 10, checksum(b.array(), ipStart, 20));
        b.putShort((short) (flood ? 123 : 40000 + index)).putShort((short) (flood ? 43210 : 53))
                .putShort((short) (8 + payload)).putShort((short) 0);
        b.put(new byte[payload]);
        return b.array();
    }

    private static short checksum(byte[] data, int offset, int length) {
        int sum = 0;
        for (int i = offset; i < offset + length; i += 2) sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        while ((sum >> 16) != 0) sum = (sum & 0xffff) + (sum >> 16);
        return (short) ~sum;
    }
}
