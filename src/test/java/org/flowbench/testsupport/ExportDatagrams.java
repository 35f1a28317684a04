package org.flowbench.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Export datagrams from the decoder fuzz seeds (real softflowd output, kept as
 * [exporter byte][2-byte length][payload] records), for tests that send them to a collector.
 */
public final class ExportDatagrams {
    private static final String SEEDS = "/org/flowbench/ingest/flow/";

    private ExportDatagrams() {}

    /** softflowd's NetFlow v5 datagrams: 29 + 30 + 30 records. */
    public static List<byte[]> softflowdV5() {
        return seed("NetflowV5DecoderFuzzTestInputs/decodesArbitraryDatagrams/softflowd_v5");
    }

    /** softflowd's NetFlow v9 datagrams, the first with the template. */
    public static List<byte[]> softflowdV9() {
        return seed("NetflowV9DecoderFuzzTestInputs/decodesArbitraryDatagrams/softflowd_v9");
    }

    public static List<byte[]> seed(String path) {
        try (InputStream in = ExportDatagrams.class.getResourceAsStream(SEEDS + path)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + SEEDS + path);
            byte[] b = in.readAllBytes();
            List<byte[]> out = new ArrayList<>();
            int at = 0;
            while (b.length - at >= 3) {
                int length = (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF);
                out.add(Arrays.copyOfRange(b, at + 3, Math.min(b.length, at + 3 + length)));
                at += 3 + length;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record count of a NetFlow v5 header (bytes 2-3). */
    public static int v5Records(byte[] datagram) {
        return ByteBuffer.wrap(datagram).getShort(2) & 0xFFFF;
    }

    /** A copy with the v5 flow sequence (bytes 16-19: records sent before this datagram) set. */
    public static byte[] withV5Sequence(byte[] datagram, long sequence) {
        byte[] copy = datagram.clone();
        ByteBuffer.wrap(copy).putInt(16, (int) sequence);
        return copy;
    }

    /** A copy with the v9 package sequence (bytes 12-15: datagrams sent before this one) set. */
    public static byte[] withV9Sequence(byte[] datagram, long sequence) {
        byte[] copy = datagram.clone();
        ByteBuffer.wrap(copy).putInt(12, (int) sequence);
        return copy;
    }
}
