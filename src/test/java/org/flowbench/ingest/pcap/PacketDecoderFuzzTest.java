package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/**
 * Arbitrary bytes under arbitrary link types: nothing may escape {@link PacketDecoder#decode},
 * nothing may hit its internal-error net, and stored fields stay in their column ranges.
 * A normal build runs the seeds in PacketDecoderFuzzTestInputs/decode; JAZZER_FUZZ=1 fuzzes.
 *
 * <p>Input layout: byte 0 picks the link type (mostly decoded ones), byte 1 how many bytes the
 * snaplen cut (0: none), the rest is the frame, in an array of exactly its size so that any
 * read past it throws.
 */
class PacketDecoderFuzzTest {
    static final int[] LINK_TYPES = {0, 1, 9, 12, 14, 50, 101, 104, 108, 113, 228, 229, 276, 258};

    @FuzzTest(maxDuration = "60s")
    void decode(byte[] input) {
        if (input.length < 2) return;
        int selector = input[0] & 0xFF;
        int linkType = selector % 16 < LINK_TYPES.length ? LINK_TYPES[selector % 16] : selector;
        byte[] frame = Arrays.copyOfRange(input, 2, input.length);
        int original = frame.length + (input[1] & 0xFF) * 64;

        PacketDecoder decoder = new PacketDecoder();
        DecodedPacket out = new DecodedPacket();
        Outcome outcome = decoder.decode(linkType, frame, 0, frame.length, original, out);

        DecodeStats stats = decoder.stats();
        assertThat(stats.decoderErrors).as("decoder error: %s", decoder.lastProblem()).isZero();
        assertThat(stats.bucketTotal()).isEqualTo(stats.frames).isEqualTo(1);
        if (outcome != Outcome.IP) {
            assertThat(decoder.lastProblem()).isNotBlank();
            return;
        }
        assertThat(decoder.lastProblem()).isNull();
        assertThat(out.ipVersion).isIn(4, 6);
        assertThat(out.proto).isBetween(0, 255);
        assertThat(out.srcPort).isBetween(0, 0xFFFF);
        assertThat(out.dstPort).isBetween(0, 0xFFFF);
        assertThat(out.icmpType).isBetween(0, 255);
        assertThat(out.icmpCode).isBetween(0, 255);
        assertThat(out.tcpFlags).isBetween(0, 255);
        assertThat(out.pktLen).isBetween(out.ipVersion == 4 ? 20 : 40, 0xFFFF);
        assertThat(out.ipBytes).isGreaterThanOrEqualTo(out.pktLen);
        assertThat(out.dscp).isBetween(0, 63);
        assertThat(out.frag).isBetween(0, 15);
        assertThat(out.vlan).isBetween(0, 4095);
        if ((out.frag & DecodedPacket.FRAG_IS) != 0) {
            assertThat(out.srcPort + out.dstPort + out.tcpFlags + out.icmpType + out.icmpCode).isZero();
        }
    }
}
