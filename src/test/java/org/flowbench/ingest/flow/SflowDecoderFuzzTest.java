package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes as one sFlow datagram: nothing may escape {@link SflowDecoder#decode}, nothing
 * may hit its internal-error net, every record's fields stay in their column ranges, and damage
 * points inside the datagram. A normal build runs the seeds (the golden datagrams) in
 * SflowDecoderFuzzTestInputs/decodesArbitraryBytes; {@code JAZZER_FUZZ=1 -Djazzer.hooks=true} fuzzes.
 */
class SflowDecoderFuzzTest {
    static final Path SEEDS = Path.of("src/test/resources/org/flowbench/ingest/flow/SflowDecoderFuzzTestInputs/decodesArbitraryBytes");
    static final long FILE_OFFSET = 5000;

    @FuzzTest(maxDuration = "60s")
    void decodesArbitraryBytes(byte[] input) {
        // an array of exactly the datagram's size, so that any read past it throws
        byte[] data = Arrays.copyOf(input, input.length);
        DamageLog damage = new DamageLog();
        SflowDecoder decoder = new SflowDecoder(damage);
        ExporterStats stats = new ExporterStats();
        ExportDatagram d = new ExportDatagram();
        d.data = data;
        d.length = data.length;
        d.fileOffset = FILE_OFFSET;
        long[] records = {0};
        decoder.decode(d, stats, r -> {
            records[0]++;
            checkRanges(r);
        });

        SflowCounters c = decoder.counters();
        assertThat(c.decoderErrors).as("decoder error: %s", damage.kept()).isZero();
        assertThat(decoder.headerStats().decoderErrors).isZero();
        assertThat(stats.datagrams).isEqualTo(1);
        assertThat(stats.records).isEqualTo(records[0]).isEqualTo(c.recordsEmitted)
                .isLessThanOrEqualTo(c.flowSamples + c.expandedFlowSamples);
        assertThat(stats.malformed).isBetween(0L, 1L);
        assertThat(damage.isEmpty()).isEqualTo(stats.malformed == 0);
        for (Damage x : damage.kept()) {
            assertThat(x.offset()).as("%s", x).isBetween(FILE_OFFSET, FILE_OFFSET + data.length);
        }
    }

    private static void checkRanges(FlowRecord r) {
        assertThat(r.ipVersion).isIn(4, 6);
        assertThat(r.proto).isBetween(0, 255);
        assertThat(r.srcPort).isBetween(0, 0xFFFF);
        assertThat(r.dstPort).isBetween(0, 0xFFFF);
        assertThat(r.icmpType).isBetween(0, 255);
        assertThat(r.icmpCode).isBetween(0, 255);
        assertThat(r.tcpFlags).isBetween(0, 255);
        assertThat(r.dscp).isBetween(0, 63);
        assertThat(r.frag).isBetween(0, 15);
        assertThat(r.vlan).isBetween(0, 4094);
        assertThat(r.pktLen).isBetween(0, 0xFFFF);
        assertThat(r.bytes).isNotNegative().isLessThanOrEqualTo(0xFFFF_FFFFL);
        assertThat(r.packets).isEqualTo(1);
        assertThat(r.samplingRate).isBetween(1L, 0xFFFF_FFFFL);
        assertThat(r.inIf).isBetween(FlowRecord.NONE, 0xFFFF_FFFFL);
        assertThat(r.outIf).isBetween(FlowRecord.NONE, 0xFFFF_FFFFL);
        assertThat(r.srcAs).isBetween(FlowRecord.NONE, 0xFFFF_FFFFL);
        assertThat(r.dstAs).isBetween(FlowRecord.NONE, 0xFFFF_FFFFL);
        if (r.ipVersion == 4) {
            assertThat(r.srcHi).isZero();
            assertThat(r.srcLo >>> 32).isEqualTo(0xFFFF);
        }
    }

    /**
     * The seeds are the golden datagrams (up to three per case); {@code -Dsflow.writeSeeds=true}
     * rewrites them after a fixture changes.
     */
    @Test
    void seedsAreTheGoldenDatagrams() throws IOException {
        boolean write = Boolean.getBoolean("sflow.writeSeeds");
        if (write) Files.createDirectories(SEEDS);
        for (Map.Entry<String, byte[][]> e : SflowGoldenDatagrams.all().entrySet()) {
            byte[][] datagrams = e.getValue();
            for (int i = 0; i < Math.min(3, datagrams.length); i++) {
                Path seed = SEEDS.resolve(e.getKey() + (datagrams.length > 1 ? "-" + i : ""));
                if (write) Files.write(seed, datagrams[i]);
                assertThat(seed).as("seed for %s; rerun with -Dsflow.writeSeeds=true", e.getKey()).exists().hasBinaryContent(datagrams[i]);
            }
        }
    }
}
