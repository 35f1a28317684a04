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
        assertThat(sums[0]).as("records").isEqualTo(Long.parseLong(c[3])).isEqualTo(total.records);
        assertThat(sums[1]).as("packets").isEqualTo(Long.parseLong(c[4]));
        assertThat(sums[2]).as("bytes").isEqualTo(Long.parseLong(c[5]));
    }
}
