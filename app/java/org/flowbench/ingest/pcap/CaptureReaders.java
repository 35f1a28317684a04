package org.flowbench.ingest.pcap;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/** Opens a capture file, recognising pcap, pcapng and gzip by their magic numbers, never by name. */
public final class CaptureReaders {
    private CaptureReaders() {}

    private static final int GZIP_BUFFER = 1 << 16;

    /**
     * @param file   a pcap or pcapng file, plain or gzip-compressed
     * @param damage where recoverable damage is reported
     * @throws org.flowbench.ingest.decode.DecodeException when the file is no capture we can read
     */
    public static CaptureReader open(Path file, DamageLog damage) throws IOException {
        return open(Files.newInputStream(file), damage, ChunkedInput.DEFAULT_CHUNK);
    }

    /** Reads from a stream (closed with the reader, or here on failure); the chunk size is the starting buffer. */
    static CaptureReader open(InputStream stream, DamageLog damage, int chunkSize) throws IOException {
        try {
            BufferedInputStream buffered = new BufferedInputStream(stream, GZIP_BUFFER);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            InputStream content = gzip ? gunzip(buffered) : buffered;
            ChunkedInput in = new ChunkedInput(content, damage, gzip, chunkSize);
            CaptureStats stats = new CaptureStats();
            stats.gzip = gzip;
            return forMagic(in, damage, stats);
        } catch (IOException | RuntimeException | Error e) {
            stream.close();
            throw e;
        }
    }

    private static InputStream gunzip(InputStream compressed) throws DecodeException {
        try {
            return new GZIPInputStream(compressed, GZIP_BUFFER);
        } catch (EOFException | ZipException e) {
            throw new DecodeException(new Damage(0, "gzip header", "a complete gzip header", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new DecodeException(new Damage(0, "gzip header", "a readable gzip header", e.toString()));
        }
    }

    private static CaptureReader forMagic(ChunkedInput in, DamageLog damage, CaptureStats stats) throws IOException {
        String where = stats.gzip ? "capture file (inside gzip)" : "capture file";
        if (!in.ensure(4)) {
            throw new DecodeException(new Damage(0, where, "a 4-byte magic number", in.available() + " bytes in the file"));
        }
        int magic = Bytes.i32(in.buffer(), in.pos(), true);
        switch (magic) {
            case 0xa1b2c3d4: return new PcapReader(in, damage, stats, true, false);
            case 0xd4c3b2a1: return new PcapReader(in, damage, stats, false, false);
            case 0xa1b23c4d: return new PcapReader(in, damage, stats, true, true);
            case 0x4d3cb2a1: return new PcapReader(in, damage, stats, false, true);
            case PcapngReader.SHB: return new PcapngReader(in, damage, stats);
            default:
                throw new DecodeException(new Damage(0, where,
                        "pcap magic a1b2c3d4 or a1b23c4d (either byte order), pcapng 0a0d0d0a or gzip 1f8b",
                        Bytes.hex(in.buffer(), in.pos(), 4) + KnownMagic.describe(magic, stats.gzip)));
        }
    }
}
