package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExportBytesTest {
    /** The plain byte-at-a-time reading the fast paths must agree with. */
    private static long reference(byte[] d, int at, int n) {
        long v = 0;
        for (int k = 0; k < n; k++) v = v << 8 | (d[at + k] & 0xFF);
        return v;
    }

    @Test
    void everyLengthAtEveryOffsetReadsAsBigEndianUnsigned() {
        byte[] d = new byte[64];
        new Random(7).nextBytes(d);
        d[3] = (byte) 0xFF; // high bits set: no sign extension may leak in
        for (int n = 1; n <= 8; n++) {
            for (int at = 0; at + n <= d.length; at++) {
                assertThat(ExportBytes.uN(d, at, n)).as("%d bytes at %d", n, at).isEqualTo(reference(d, at, n));
            }
        }
        for (int at = 0; at + 8 <= d.length; at++) {
            assertThat(ExportBytes.u8(d, at)).isEqualTo(reference(d, at, 1));
            assertThat(ExportBytes.u16(d, at)).isEqualTo(reference(d, at, 2));
            assertThat(ExportBytes.u32(d, at)).isEqualTo(reference(d, at, 4));
            assertThat(ExportBytes.u64(d, at)).isEqualTo(reference(d, at, 8));
        }
    }

    @Test
    void allOnesAreTheLargestUnsignedValues() {
        byte[] d = {-1, -1, -1, -1, -1, -1, -1, -1};
        assertThat(ExportBytes.u16(d, 0)).isEqualTo(0xFFFF);
        assertThat(ExportBytes.u32(d, 0)).isEqualTo(0xFFFF_FFFFL);
        assertThat(ExportBytes.uN(d, 0, 3)).isEqualTo(0xFF_FFFFL);
        assertThat(ExportBytes.u64(d, 0)).isEqualTo(-1L);
    }

    @Test
    void aReadPastTheEndThrowsRatherThanReadingAnything() {
        byte[] d = new byte[6];
        assertThatThrownBy(() -> ExportBytes.u32(d, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ExportBytes.u64(d, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
