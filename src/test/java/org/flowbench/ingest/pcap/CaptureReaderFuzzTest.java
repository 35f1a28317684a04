package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/**
 * Arbitrary bytes into the readers: only DecodeException (with an offset) may come out, and
 * every frame handed out lies inside the buffer. A normal build runs the seeds in
 * CaptureReaderFuzzTestInputs/readsArbitraryBytes; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CaptureReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readsArbitraryBytes(byte[] input) {
        // A tiny buffer makes records straddle its end and grow it; 4 KiB is the common path, cheaper than the default 8 MiB.
        read(input, 16);
        read(input, 4096);
    }

    private static void read(byte[] input, int chunkSize) {
        DamageLog damage = new DamageLog();
        try (CaptureReader reader = CaptureReaders.open(new ByteArrayInputStream(input), damage, chunkSize)) {
            CapturedPacket p = new CapturedPacket();
            long frames = 0;
            while (reader.next(p) && frames++ < 100_000) {
                assertThat(p.offset).isNotNegative();
                assertThat(p.capturedLength).isNotNegative().isLessThanOrEqualTo(p.originalLength);
                assertThat((long) p.offset + p.capturedLength).isLessThanOrEqualTo(p.data.length);
                assertThat(p.nanos).isBetween(0, 999_999_999);
                assertThat(p.fileOffset).isNotNegative().isLessThan(reader.position());
            }
        } catch (DecodeException e) {
            assertThat(e.getMessage()).contains(" at offset ");
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read; the reader threw " + e, e);
        }
    }
}
