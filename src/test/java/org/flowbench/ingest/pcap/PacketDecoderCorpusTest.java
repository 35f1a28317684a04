package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowbench.ingest.pcap.PacketDecoder.Outcome;
import org.flowbench.testsupport.ExpectedTsv;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Decodes every frame of the shared pcap corpus and compares per-file IP frame and byte totals
 * with src/test/resources/expected/pcap-linktypes.tsv (columns read by name; the import-level
 * columns there belong to CaptureImportCorpusTest), whose tshark columns a second test
 * recomputes when tshark is installed.
 */
class PacketDecoderCorpusTest {
    private static final Path CORPUS = SharedCorpus.root().resolve("corpora/pcap-linktypes");
    private static final String TSV = "/expected/pcap-linktypes.tsv";

    record Expected(String file, long ipFrames, long ipBytes, long tsharkFrames, long tsharkBytes, String note) {}

    @Test
    void everyFrameLandsInOneBucketAndTotalsMatchTheExpectedTsv() throws IOException {
        List<Path> files = corpusFiles();
        Map<String, Expected> expected = expected();
        assertThat(files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toList()))
                .as("every corpus pcap has a row in " + TSV)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (Path file : files) {
            PacketDecoder decoder = new PacketDecoder();
            DecodedPacket out = new DecodedPacket();
            long[] ip = new long[2];
            int records = ClassicPcapWalker.walk(file, (linkType, data, offset, captured, original) -> {
                if (decoder.decode(linkType, data, offset, captured, original, out) == Outcome.IP) {
                    ip[0]++;
                    ip[1] += out.ipBytes;
                }
            });
            DecodeStats stats = decoder.stats();
            assertThat(stats.decoderErrors).as(file + " decoder errors").isZero();
            assertThat(stats.frames).as(file + " frames").isEqualTo(records);
            assertThat(stats.bucketTotal()).as(file + " outcome buckets").isEqualTo(stats.frames);
            assertThat(stats.perLinkType.toMap().values().stream().mapToLong(Long::longValue).sum())
                    .as(file + " per link type").isEqualTo(stats.frames);
            assertThat(stats.ipPackets).isEqualTo(ip[0]);
            Expected e = expected.get(file.getFileName().toString());
            want.append(e.file()).append(' ').append(e.ipFrames()).append(' ').append(e.ipBytes()).append('\n');
            got.append(e.file()).append(' ').append(ip[0]).append(' ').append(ip[1]).append('\n');
        }
        assertThat(got.toString()).isEqualTo(want.toString());
    }

    @Test
    void tsharkStillCountsWhatTheTsvSays() throws Exception {
        assumeTrue(onPath("tshark") && onPath("mergecap"), "tshark or mergecap is not on PATH: skipping the recomputation of tshark's totals");
        List<Path> files = corpusFiles();
        Map<String, Expected> expected = expected();
        int[] records = new int[files.size()];
        for (int i = 0; i < records.length; i++) records[i] = ClassicPcapWalker.walk(files.get(i), (l, d, o, c, w) -> { });
        long[][] totals = TsharkTotals.of(files, records);
        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            Expected e = expected.get(files.get(i).getFileName().toString());
            want.append(e.file()).append(' ').append(e.tsharkFrames()).append(' ').append(e.tsharkBytes()).append('\n');
            got.append(e.file()).append(' ').append(totals[i][0]).append(' ').append(totals[i][1]).append('\n');
        }
        assertThat(got.toString()).isEqualTo(want.toString());
    }

    @Test
    void everyDisagreementWithTsharkIsExplained() throws IOException {
        for (Expected e : expected().values()) {
            if (e.ipFrames() != e.tsharkFrames() || e.ipBytes() != e.tsharkBytes()) {
                assertThat(e.note()).as(e.file() + " differs from tshark: the TSV must say why").isNotBlank();
            }
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        SharedCorpus.assumePresent();
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is absent");
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pcap")).sorted().collect(Collectors.toList());
        }
    }

    static Map<String, Expected> expected() throws IOException {
        ExpectedTsv t = ExpectedTsv.load(TSV);
        Map<String, Expected> rows = new LinkedHashMap<>();
        for (String f : t.keys()) {
            rows.put(f, new Expected(f, t.number(f, "ip_frames"), t.number(f, "ip_bytes"), t.number(f, "tshark_ip_frames"),
                    t.number(f, "tshark_ip_bytes"), t.text(f, "note")));
        }
        return rows;
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
