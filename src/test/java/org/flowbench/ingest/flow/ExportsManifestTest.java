package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ../shared/exports: what real exporters (softflowd, pmacct, nfreplay) sent when fed one capture.
 * Record counts and packet and byte sums must equal Wireshark's in MANIFEST.tsv exactly.
 */
class ExportsManifestTest {
    private static final Path EXPORTS = SharedCorpus.root().resolve("exports");

    static Stream<String> manifestRows() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(EXPORTS.resolve("MANIFEST.tsv")), "../shared/exports is absent: skipping");
        List<String> lines = Files.readAllLines(EXPORTS.resolve("MANIFEST.tsv"));
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifestRows")
    void countsAndSumsEqualTheManifest(String row) throws IOException {
        String[] c = row.split("\t");
        String file = c[0];
        DamageLog damage = new DamageLog();
        FlowExportDecoder decoder = new FlowExportDecoder(new TemplateCache(), new ExporterStatsTable(), damage);
        long[] sums = new long[3];
        long datagrams = 0;
        for (UdpPayloads.Payload p : UdpPayloads.read(EXPORTS.resolve(file))) {
            if (p.dstPort() != Integer.parseInt(c[1])) continue;
            datagrams++;
            decoder.decode(p.datagram(), r -> {
                sums[0]++;
                sums[1] += r.packets;
                sums[2] += r.bytes;
            });
        }
        ExporterStats total = decoder.stats().total();
        assertThat(datagrams).as("datagrams").isEqualTo(Long.parseLong(c[2]));
        assertThat(damage.kept()).as("damage").isEmpty();
        assertThat(total.malformed).isZero();
        assertThat(total.unknownTemplates).as("unknown templates").isZero();
        // Wireshark counts both directions of every biflow record; we store no record for an empty reverse direction.
        assertThat(sums[0] + total.emptyBiflowDirections).as("records").isEqualTo(Long.parseLong(c[3]));
        assertThat(sums[0]).isEqualTo(total.records);
        assertThat(sums[1]).as("packets").isEqualTo(Long.parseLong(c[4]));
        assertThat(sums[2]).as("bytes").isEqualTo(Long.parseLong(c[5]));
        if (file.startsWith("softflowd")) assertThat(total.sequenceGaps).isEqualTo(SOFTFLOWD_GAPS.getOrDefault(file, 0L));
    }

    @org.junit.jupiter.api.Test
    void biflowRecordsAreTheUniflowRecordsOfBothDirections() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EXPORTS), "../shared/exports is absent: skipping");
        ExporterStats uni = decodeAll("softflowd_v10.pcap"), bi = decodeAll("softflowd_v10_biflow.pcap");
        assertThat(bi.records + bi.emptyBiflowDirections).isEqualTo(14_978);
        assertThat(bi.records).isEqualTo(uni.records).isEqualTo(9_165);
    }

    /**
     * softflowd's IPFIX sequence numbers do not advance by the data records sent (Wireshark flags
     * the same messages: "expected 47, got 53"); its v5 and v9 ones do, and so does pmacct's.
     */
    private static final java.util.Map<String, Long> SOFTFLOWD_GAPS = java.util.Map.of(
            "softflowd_v10.pcap", 213L, "softflowd_v10_absmilli.pcap", 221L, "softflowd_v10_biflow.pcap", 192L);

    private static ExporterStats decodeAll(String file) throws IOException {
        FlowExportDecoder decoder = new FlowExportDecoder();
        for (UdpPayloads.Payload p : UdpPayloads.read(EXPORTS.resolve(file))) decoder.decode(p.datagram(), r -> { });
        return decoder.stats().total();
    }
}
