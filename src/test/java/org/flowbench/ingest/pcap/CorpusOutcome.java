package org.flowbench.ingest.pcap;

import java.io.IOException;
import java.nio.file.Path;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/** What reading one corpus file gave: frames and counters, damage, or the fatal error. */
record CorpusOutcome(long frames, CaptureStats stats, DamageLog damage, DecodeException error, long position) {

    static CorpusOutcome read(Path file) throws IOException {
        DamageLog damage = new DamageLog();
        long frames = 0;
        try (CaptureReader reader = CaptureReaders.open(file, damage)) {
            CapturedPacket packet = new CapturedPacket();
            while (reader.next(packet)) {
                frames++;
                if (packet.offset < 0 || packet.offset + packet.capturedLength > packet.data.length) {
                    throw new AssertionError("frame " + frames + " lies outside the buffer");
                }
            }
            return new CorpusOutcome(frames, reader.stats(), damage, null, reader.position());
        } catch (DecodeException e) {
            return new CorpusOutcome(frames, null, damage, e, -1);
        }
    }

    String describe() {
        return error != null ? "error: " + error.getMessage()
                : frames + " frames, damage " + damage.kept() + ", stats " + stats.format + " " + stats.skippedBlocks;
    }
}
