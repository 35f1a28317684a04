package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import org.flowbench.ingest.decode.DamageLog;
import org.junit.jupiter.api.Test;

/** Offsets past 2 GiB: a generated pcap streamed from memory, never written to disk. */
class LargeCaptureTest {
    private static final int FRAME = 65_000;
    private static final int RECORD = 16 + FRAME;
    private static final long RECORDS = (1L << 31) / RECORD + 2_000;

    @Test
    void readsPastTwoGibibytes() throws IOException {
        byte[] header = PcapFixture.micro(ByteOrder.LITTLE_ENDIAN, 65535, 1).bytes();
        byte[] record = PcapFixture.micro(ByteOrder.LITTLE_ENDIAN, 65535, 1)
                .record(1_700_000_000L, 7, FRAME, PcapFixture.frame(0, FRAME)).bytes();
        DamageLog damage = new DamageLog();
        long frames = 0;
        long lastOffset = -1;
        try (CaptureReader reader = CaptureReaders.open(new Repeating(header, record, 24, RECORDS), damage, 1 << 20)) {
            CapturedPacket p = new CapturedPacket();
            while (reader.next(p)) {
                assertThat(p.fileOffset).isEqualTo(24 + frames * RECORD);
                assertThat(p.data[p.offset + 100]).isEqualTo((byte) 100);
                lastOffset = p.fileOffset;
                frames++;
            }
            assertThat(reader.position()).isEqualTo(24 + RECORDS * RECORD).isGreaterThan(1L << 31);
        }
        assertThat(frames).isEqualTo(RECORDS);
        assertThat(lastOffset).isGreaterThan(Integer.MAX_VALUE);
        assertThat(damage.isEmpty()).isTrue();
    }

    /** The file header, then the record (taken from {@code template} after its own header) n times. */
    private static final class Repeating extends InputStream {
        private final byte[] header;
        private final byte[] template;
        private final int recordStart;
        private final long total;
        private long at;

        Repeating(byte[] header, byte[] template, int recordStart, long records) {
            this.header = header;
            this.template = template;
            this.recordStart = recordStart;
            this.total = header.length + records * (template.length - recordStart);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= total) return -1;
            int n = 0;
            while (n < len && at < total) {
                int chunk;
                if (at < header.length) {
                    chunk = (int) Math.min(len - n, header.length - at);
                    System.arraycopy(header, (int) at, b, off + n, chunk);
                } else {
                    int recordLength = template.length - recordStart;
                    int inRecord = (int) ((at - header.length) % recordLength);
                    chunk = Math.min(len - n, recordLength - inRecord);
                    System.arraycopy(template, recordStart + inRecord, b, off + n, chunk);
                }
                n += chunk;
                at += chunk;
            }
            return n;
        }
    }
}
