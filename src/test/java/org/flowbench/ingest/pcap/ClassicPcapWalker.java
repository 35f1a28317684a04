package org.flowbench.ingest.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only walker over classic pcap records, so the decoder can be tested on real captures
 * without the production readers. Stops at the first record that does not fit the file.
 */
final class ClassicPcapWalker {
    interface FrameSink {
        void frame(int linkType, byte[] data, int offset, int capturedLength, int originalLength);
    }

    private ClassicPcapWalker() {}

    /** @return the number of records walked */
    static int walk(Path file, FrameSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < 24) throw new IOException(file + ": shorter than a pcap header");
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic == 0xA1B2C3D4 || magic == 0xA1B23C4D) {
            b.order(ByteOrder.LITTLE_ENDIAN);
        } else if (Integer.reverseBytes(magic) == 0xA1B2C3D4 || Integer.reverseBytes(magic) == 0xA1B23C4D) {
            b.order(ByteOrder.BIG_ENDIAN);
        } else {
            throw new IOException(file + ": not a classic pcap file, magic " + Integer.toHexString(magic));
        }
        int linkType = LinkType.fromHeaderField(b.getInt(20) & 0xFFFFFFFFL);
        int records = 0;
        int at = 24;
        while (bytes.length - at >= 16) {
            int captured = b.getInt(at + 8);
            int original = b.getInt(at + 12);
            if (captured < 0 || captured > bytes.length - at - 16) break;
            sink.frame(linkType, bytes, at + 16, captured, original);
            records++;
            at += 16 + captured;
        }
        return records;
    }
}
