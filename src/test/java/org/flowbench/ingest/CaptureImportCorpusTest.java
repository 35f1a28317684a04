package org.flowbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.pcap.TsharkTotals;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.ExpectedTsv;
import org.flowbench.testsupport.ExternalTools;
import org.flowbench.testsupport.PcapngBlockCounts;
import org.flowbench.testsupport.SharedCorpus;
import org.flowbench.testsupport.TextDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports every capture of the training samples and of the shared pcap and pcapng corpora
 * through {@link ImportJob}, and holds the result against one committed table per folder
 * (src/test/resources/expected/FOLDER.tsv): frames against capinfos, IP packets and bytes against
 * tshark, every frame in exactly one outcome bucket, the stored rows against the report. A second
 * test recomputes the capinfos and tshark columns when Wireshark's tools are installed.
 */
class CaptureImportCorpusTest {
    /** The columns our import fills; capinfos_packets, tshark_ip_frames, tshark_ip_bytes come from the tools. */
    private static final List<String> OURS = List.of("ip_frames", "ip_bytes", "non_ip", "truncated", "malformed",
            "unsupported_link", "status");
    private static final List<String> TOOLS = List.of("capinfos_packets", "tshark_ip_frames", "tshark_ip_bytes");

    record Folder(String name, Path dir, boolean shared) {
        String tsv() { return "/expected/" + name + ".tsv"; }

        @Override
        public String toString() { return name; }
    }

    static Stream<Folder> folders() {
        return Stream.of(new Folder("pcap-samples", Path.of("pcap-samples"), false),
                new Folder("pcap-linktypes", CorpusManifest.corpora().resolve("pcap-linktypes"), true),
                new Folder("pcapng", CorpusManifest.corpora().resolve("pcapng"), true));
    }

    @TempDir Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void importedTotalsMatchTheExpectedTable(Folder folder) throws Exception {
        List<Path> files = files(folder);
        ExpectedTsv expected = ExpectedTsv.load(folder.tsv());
        assertThat(names(files)).as("every capture in %s has a row in %s and no row is stale", folder.dir(), folder.tsv())
                .containsExactlyInAnyOrderElementsOf(expected.keys());
        CorpusManifest manifest = folder.shared() ? CorpusManifest.load() : null;

        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        try (Workspace ws = Workspace.open(temp.resolve(folder.name() + ".duckdb"))) {
            ImportJob job = new ImportJob(ws);
            for (Path file : files) {
                String name = file.getFileName().toString();
                ImportReport r = job.importFile(file, Progress.NONE, Cancellation.none());
                assertThat(r.ipPackets() + r.nonIp() + r.truncated() + r.malformed() + r.unsupportedLink())
                        .as("%s: every frame lands in exactly one outcome bucket (%s)", name, r).isEqualTo(r.packets());
                if (!expected.blank(name, "capinfos_packets")) {
                    assertThat(r.packets()).as("%s: frames read against capinfos", name)
                            .isEqualTo(expected.number(name, "capinfos_packets"));
                }
                if (manifest != null) {
                    assertThat(expected.text(name, "capinfos_packets")).as("%s: capinfos count in MANIFEST.tsv", name)
                            .isEqualTo(manifest.get(folder.name() + "/" + name, "capinfos_packets").trim());
                }
                storedRowsAgreeWithTheReport(ws, r, name);
                if (r.status() != DatasetStatus.COMPLETE) {
                    // the damage is listed with offsets inside the file, and the table's note names each one
                    assertThat(r.damage()).as("%s: %s", name, r.message()).isNotEmpty();
                    for (Damage d : r.damage()) {
                        assertThat(d.offset()).as("%s: %s", name, d).isBetween(0L, Files.size(file));
                        assertThat(expected.text(name, "note")).as(name).contains("offset " + d.offset());
                    }
                }
                want.append(name);
                for (String column : OURS) want.append('\t').append(expected.text(name, column));
                want.append('\n');
                got.append(name).append('\t').append(ours(r)).append('\n');
            }
        }
        TextDiff.assertSameLines(want.toString(), got.toString());
    }

    /** The flows table (through store and query) holds exactly what the report says was imported. */
    private static void storedRowsAgreeWithTheReport(Workspace ws, ImportReport r, String name) throws Exception {
        DatasetInfo d = ws.datasets().get(r.datasetId()).orElseThrow();
        assertThat(d.status()).as(name).isEqualTo(r.status());
        DatasetTotals stored = ws.datasets().storedTotals(r.datasetId());
        assertThat(List.of(stored.packets(), stored.bytes(), stored.rows())).as("%s: sums over flows", name)
                .containsExactly(r.ipPackets(), r.ipBytes(), r.rows());
        assertThat(List.of(d.packets(), d.bytes(), d.rows())).as("%s: the datasets row", name)
                .containsExactly(r.ipPackets(), r.ipBytes(), r.rows());
        DatasetSummary s = new DatasetSummaryQuery(ws).summarize(r.datasetId());
        assertThat(List.of(s.packets(), s.bytes(), s.rows())).as("%s: the dataset summary", name)
                .containsExactly(r.ipPackets(), r.ipBytes(), r.rows());
        Map<String, Long> perProtocol = new TreeMap<>();
        s.protocols().forEach(p -> perProtocol.put(p.name(), p.packets()));
        assertThat(perProtocol).as("%s: packets per protocol, summary against report", name)
                .isEqualTo(new TreeMap<>(r.perProtocol()));
    }

    /** pcapng-test-generator's own description of each file: its packet blocks, all imported, nothing damaged. */
    @Test
    void pcapngTestGeneratorFilesImportAsTheirDescriptionsSay() throws Exception {
        SharedCorpus.assumePresent();
        List<Path> files = files(folders().filter(f -> f.name().equals("pcapng")).findFirst().orElseThrow()).stream()
                .filter(f -> f.getFileName().toString().startsWith("pcapngtg__")).toList();
        assertThat(files).hasSize(48);
        try (Workspace ws = Workspace.open(temp.resolve("pcapngtg.duckdb"))) {
            ImportJob job = new ImportJob(ws);
            StringBuilder want = new StringBuilder();
            StringBuilder got = new StringBuilder();
            for (Path file : files) {
                long packets = PcapngBlockCounts.packets(PcapngBlockCounts.read(PcapngBlockCounts.descriptionOf(file)));
                ImportReport r = job.importFile(file, Progress.NONE, Cancellation.none());
                want.append(file.getFileName()).append(' ').append(packets).append(" COMPLETE damage 0\n");
                got.append(file.getFileName()).append(' ').append(r.packets()).append(' ').append(r.status())
                        .append(" damage ").append(r.damageTotal()).append('\n');
            }
            TextDiff.assertSameLines(want.toString(), got.toString());
        }
    }

    /** Anything that is not a clean, complete import that tshark agrees with carries a note saying why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void everyBucketAndDisagreementIsExplained(Folder folder) throws IOException {
        ExpectedTsv t = ExpectedTsv.load(folder.tsv());
        for (String file : t.keys()) {
            String note = t.text(file, "note").toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean tsharkAgrees = t.text(file, "ip_frames").equals(t.text(file, "tshark_ip_frames"))
                    && t.text(file, "ip_bytes").equals(t.text(file, "tshark_ip_bytes"));
            if (!tsharkAgrees) assertThat(note).as("%s differs from tshark: say why", file).isNotBlank();
            if (t.blank(file, "capinfos_packets")) assertThat(note).as("%s: capinfos cannot read it: say why", file).isNotBlank();
            if (!t.text(file, "status").equals("COMPLETE")) assertThat(note).as("%s is not complete: say why", file).isNotBlank();
            for (String bucket : List.of("truncated", "malformed", "unsupported_link")) {
                if (t.number(file, bucket) > 0) {
                    assertThat(note).as("%s has %s frames: the note must say why", file, bucket).contains(bucket.replace('_', ' '));
                }
            }
        }
    }

    /** Recomputes the tool columns: capinfos once per folder, tshark once over the folder merged with mergecap -a. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void wiresharkToolsStillCountWhatTheTableSays(Folder folder) throws Exception {
        assumeTrue(ExternalTools.onPath("tshark") && ExternalTools.onPath("mergecap") && ExternalTools.onPath("capinfos"),
                "tshark, mergecap or capinfos is not on PATH: skipping the recomputation of their columns");
        List<Path> files = files(folder);
        ExpectedTsv expected = ExpectedTsv.load(folder.tsv());
        Map<String, Long> capinfos = ExternalTools.capinfosPackets(files);
        // Files capinfos cannot read would stop mergecap too: tshark's columns stay empty for them.
        List<Path> readable = files.stream().filter(f -> capinfos.containsKey(f.getFileName().toString())).toList();
        int[] records = readable.stream().mapToInt(f -> Math.toIntExact(capinfos.get(f.getFileName().toString()))).toArray();
        long[][] tshark = TsharkTotals.of(readable, records);
        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (Path file : files) {
            String name = file.getFileName().toString();
            want.append(name);
            for (String column : TOOLS) want.append('\t').append(expected.text(name, column));
            want.append('\n');
            int i = readable.indexOf(file);
            got.append(name).append('\t').append(i < 0 ? "\t\t" : capinfos.get(name) + "\t" + tshark[i][0] + "\t" + tshark[i][1])
                    .append('\n');
        }
        TextDiff.assertSameLines(want.toString(), got.toString());
    }

    private static String ours(ImportReport r) {
        return String.join("\t", List.of(String.valueOf(r.ipPackets()), String.valueOf(r.ipBytes()), String.valueOf(r.nonIp()),
                String.valueOf(r.truncated()), String.valueOf(r.malformed()), String.valueOf(r.unsupportedLink()),
                r.status().name()));
    }

    private static List<Path> files(Folder folder) throws IOException {
        if (folder.shared()) SharedCorpus.assumePresent();
        assumeTrue(Files.isDirectory(folder.dir()), folder.dir() + " is absent");
        try (Stream<Path> s = Files.list(folder.dir())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> folder.shared() || p.getFileName().toString().endsWith(".pcap"))
                    // a benchmark capture written into pcap-samples by hand is not a training sample (.gitignore)
                    .filter(p -> !p.getFileName().toString().startsWith("benchmark-"))
                    .sorted().collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
