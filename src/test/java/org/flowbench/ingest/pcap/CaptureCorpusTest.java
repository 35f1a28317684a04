package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.PcapngBlockCounts;
import org.flowbench.testsupport.SharedCorpus;
import org.flowbench.testsupport.TextDiff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party corpus (../shared/corpora): frame counts against capinfos (MANIFEST.tsv) and
 * against pcapng-test-generator's own block counts; every corrupt file fails cleanly or reads.
 */
class CaptureCorpusTest {
    /**
     * Files capinfos could not read, or whose damage we report: what we make of them instead.
     * A fragment of the error or of the damage report, and the frames read.
     */
    private record Decision(long frames, String fragment, boolean fatal) {}

    private static final Map<String, Decision> DECISIONS = Map.ofEntries(
            // Section 2 of 3 is version 2.0: capinfos stops there; we skip that section and read section 3.
            Map.entry("pcapng/gopacket__be_test901.pcapng", new Decision(2, "offset 492: expected version 1.0, found version 2.0", false)),
            Map.entry("pcapng/gopacket__le_test901.pcapng", new Decision(2, "offset 492: expected version 1.0, found version 2.0", false)),
            Map.entry("corrupt/libpcap__linktype-reserved-field-not-zero.pcap", new Decision(0, "reserved bits 16-25 zero, found 0x00300000", true)),
            Map.entry("corrupt/libpcap__pcap-invalid-version-1.pcap", new Decision(0, "found version 1.4", true)),
            Map.entry("corrupt/libpcap__pcapng-invalid-vers-1.pcapng", new Decision(0, "expected version 1.0, found version 0.1", true)),
            Map.entry("corrupt/libpcap__pcapng-invalid-vers-2.pcapng", new Decision(0, "expected version 1.0, found version 1.1", true)),
            // Its section header's trailing length is garbage too (0x30303030): the file is not trusted.
            Map.entry("corrupt/libpcap__shb-option-too-long.pcapng", new Decision(0, "offset 48: expected trailing length 52", true)),
            Map.entry("corrupt/rusticata__err-eof.bin", new Decision(0, "found 06 00 00 00", true)),
            Map.entry("corrupt/rusticata__modified-format.pcap", new Decision(0, "modified pcap, unsupported", true)),
            Map.entry("corrupt/tcpdump__timestamp_invalid_micro.pcap", new Decision(3, "offset 120: expected microseconds below 1e6", false)),
            Map.entry("corrupt/tcpdump__timestamp_invalid_nano.pcap", new Decision(3, "offset 120: expected nanoseconds below 1e9", false)));

    private static CorpusManifest manifest;

    @BeforeAll
    static void loadManifest() throws IOException {
        SharedCorpus.assumePresent();
        manifest = CorpusManifest.load();
    }

    @TestFactory
    Stream<DynamicTest> framesMatchCapinfosOrOurDecision() throws IOException {
        return Stream.of("pcap-linktypes", "pcapng", "corrupt").flatMap(CaptureCorpusTest::files)
                .map(f -> DynamicTest.dynamicTest(local(f), () -> checkAgainstManifest(f)));
    }

    private static void checkAgainstManifest(Path file) throws IOException {
        String local = local(file);
        CorpusOutcome outcome = CorpusOutcome.read(file);
        Decision decision = DECISIONS.get(local);
        OptionalLong capinfos = manifest.capinfosPackets(local);
        if (decision == null) {
            assertThat(capinfos).as("capinfos could not read %s: decide what we expect", local).isPresent();
            assertThat(outcome.describe()).isEqualTo(capinfos.getAsLong() + " frames, damage [], stats "
                    + outcome.stats().format + " " + outcome.stats().skippedBlocks);
            assertThat(outcome.position()).as("bytes consumed").isEqualTo(Files.size(file));
            return;
        }
        if (decision.fatal()) {
            assertThat(outcome.error()).as(outcome.describe()).isNotNull();
            assertThat(outcome.error().getMessage()).contains(decision.fragment()).contains("offset");
        } else {
            assertThat(outcome.error()).as(outcome.describe()).isNull();
            assertThat(outcome.frames()).as(outcome.describe()).isEqualTo(decision.frames());
            assertThat(outcome.damage().kept()).as(outcome.describe()).isNotEmpty()
                    .anySatisfy(d -> assertThat(d.toString()).contains(decision.fragment()));
        }
    }

    /** Corrupt files: a clean DecodeException naming the offset, or a read with damage at known offsets. */
    @TestFactory
    Stream<DynamicTest> corruptFilesFailCleanly() throws IOException {
        return files("corrupt").map(f -> DynamicTest.dynamicTest(local(f), () -> {
            CorpusOutcome outcome = CorpusOutcome.read(f);   // any other exception fails the test
            if (outcome.error() != null) {
                assertThat(outcome.error().getMessage()).matches(".* at offset \\d+: expected .+, found .+");
            } else {
                assertThat(outcome.damage().kept()).extracting(Damage::offset)
                        .allSatisfy(o -> assertThat(o).isBetween(0L, Files.size(f)));
            }
        }));
    }

    /** pcapng-test-generator's own description of each file: its block counts. */
    @TestFactory
    Stream<DynamicTest> pcapngTestGeneratorBlockCounts() throws IOException {
        return files("pcapng").filter(f -> f.getFileName().toString().startsWith("pcapngtg__"))
                .map(f -> DynamicTest.dynamicTest(local(f), () -> {
                    Map<String, Long> blocks = PcapngBlockCounts.read(PcapngBlockCounts.descriptionOf(f));
                    CorpusOutcome outcome = CorpusOutcome.read(f);
                    assertThat(outcome.error()).as(outcome.describe()).isNull();
                    assertThat(outcome.frames()).isEqualTo(count(blocks, "EPB") + count(blocks, "SPB") + count(blocks, "PB"));
                    assertThat(outcome.stats().interfaces).isEqualTo(count(blocks, "IDB"));
                    assertThat(outcome.stats().sections).isEqualTo(count(blocks, "SHB"));
                    Map<String, Long> skipped = new TreeMap<>(blocks);
                    skipped.keySet().removeAll(List.of("SHB", "IDB", "EPB", "SPB", "PB"));
                    assertThat(outcome.stats().skippedBlocks).isEqualTo(skipped);
                    assertThat(outcome.damage().isEmpty()).as(outcome.describe()).isTrue();
                }));
    }

    /** Every readable corpus file, gzip-compressed, reads to the same frames. */
    @TestFactory
    Stream<DynamicTest> gzipOfEveryFileReadsTheSame(@TempDir Path temp) throws IOException {
        return Stream.of("pcap-linktypes", "pcapng").flatMap(CaptureCorpusTest::files)
                .map(f -> DynamicTest.dynamicTest(local(f), () -> {
                    Path gz = temp.resolve(f.getFileName() + ".gz");
                    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                        Files.copy(f, out);
                    }
                    String plain = CaptureRendering.render(f);
                    TextDiff.assertSameLines(plain.replaceFirst("(?m)^(pcap)", "gzip $1"), CaptureRendering.render(gz));
                }));
    }

    private static long count(Map<String, Long> blocks, String kind) { return blocks.getOrDefault(kind, 0L); }

    private static Stream<Path> files(String dir) {
        try (Stream<Path> list = Files.list(CorpusManifest.corpora().resolve(dir))) {
            return list.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String local(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }
}
