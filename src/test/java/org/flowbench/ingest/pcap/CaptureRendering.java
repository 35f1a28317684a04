package org.flowbench.ingest.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/** Renders what a reader makes of a capture as text: one line per frame, then damage and counters. */
final class CaptureRendering {
    private CaptureRendering() {}

    static String render(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return render(in, ChunkedInput.DEFAULT_CHUNK);
        }
    }

    static String render(byte[] bytes) throws IOException {
        return render(new java.io.ByteArrayInputStream(bytes), ChunkedInput.DEFAULT_CHUNK);
    }

    /** With a small chunk size, records straddle the buffer's end and the compaction path runs. */
    static String render(InputStream in, int chunkSize) throws IOException {
        StringBuilder out = new StringBuilder();
        DamageLog damage = new DamageLog();
        try (CaptureReader reader = CaptureReaders.open(in, damage, chunkSize)) {
            CapturedPacket p = new CapturedPacket();
            while (reader.next(p)) {
                out.append(String.format("if=%d link=%d time=%s cap=%d orig=%d offset=%d data=%s%n",
                        p.interfaceId, p.linkType, Instant.ofEpochSecond(p.epochSeconds, p.nanos), p.capturedLength,
                        p.originalLength, p.fileOffset, Bytes.hex(p.data, p.offset, Math.min(4, p.capturedLength))));
            }
            for (Damage d : damage.kept()) out.append("damage: ").append(d).append('\n');
            CaptureStats s = reader.stats();
            out.append(String.format("%s%s: frames=%d cut=%d sections=%d interfaces=%d skipped-frames=%d skipped-blocks=%s position=%d%n",
                    s.gzip ? "gzip " : "", s.format, s.frames, s.snaplenCut, s.sections, s.interfaces, s.framesSkipped,
                    s.skippedBlocks, reader.position()));
        } catch (DecodeException e) {
            for (Damage d : damage.kept()) out.append("damage: ").append(d).append('\n');
            out.append("error: ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }
}
