package org.flowbench.samples;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes classic pcap (little-endian, microsecond timestamps, LINKTYPE_ETHERNET). Records are
 * laid out in one large reused buffer, so writing a packet allocates nothing.
 */
public final class PcapWriter implements Closeable {
    public static final int MAGIC = 0xA1B2C3D4;
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int SNAPLEN = 262_144;
    private static final int RECORD_HEADER = 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private int position;
    private long packets;
    private long fileBytes;

    public PcapWriter(OutputStream out) throws IOException {
        this.out = out;
        putInt(MAGIC);
        putShort(2);
        putShort(4);
        putInt(0);
        putInt(0);
        putInt(SNAPLEN);
        putInt(LINKTYPE_ETHERNET);
    }

    public static PcapWriter create(Path file) throws IOException {
        return new PcapWriter(Files.newOutputStream(file));
    }

    /** Writes one frame, captured whole. */
    public void write(long epochMicros, byte[] frame, int offset, int length) throws IOException {
        if (length > SNAPLEN) throw new IllegalArgumentException("frame of " + length + " bytes exceeds the snap length");
        if (position + RECORD_HEADER + length > buffer.length) flushBuffer();
        putInt((int) Math.floorDiv(epochMicros, 1_000_000L));
        putInt((int) Math.floorMod(epochMicros, 1_000_000L));
        putInt(length);
        putInt(length);
        System.arraycopy(frame, offset, buffer, position, length);
        position += length;
        packets++;
    }

    public long packets() {
        return packets;
    }

    /** Bytes of the file so far, headers included. */
    public long fileBytes() {
        return fileBytes + position;
    }

    private void putInt(int v) {
        buffer[position] = (byte) v;
        buffer[position + 1] = (byte) (v >>> 8);
        buffer[position + 2] = (byte) (v >>> 16);
        buffer[position + 3] = (byte) (v >>> 24);
        position += 4;
    }

    private void putShort(int v) {
        buffer[position] = (byte) v;
        buffer[position + 1] = (byte) (v >>> 8);
        position += 2;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        fileBytes += position;
        position = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
            out.flush();
        } finally {
            out.close();
        }
    }
}
