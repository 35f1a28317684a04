package org.flowbench.ingest;

import org.flowbench.task.Nouns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.flowbench.store.DatasetStatus.COMPLETE;
import static org.flowbench.store.DatasetStatus.FAILED;
import static org.flowbench.store.DatasetStatus.PARTIAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of ../shared/corpora/corrupt through {@link ImportJob}, one after the other into
 * one workspace that already holds a good dataset: each either imports PARTIAL with its damage
 * listed at offsets inside the file, or fails with one message naming the file and the offset,
 * or (where the damage lies in what a capture import does not read) imports completely; no
 * exception escapes, and the good dataset keeps exactly its rows, sums and summary.
 */
class CorruptImportTest {
    /** What we make of each file, and a fragment of its message or damage. */
    private record Expected(DatasetStatus status, String fragment) {}

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            // Flow exports, imported as flow records: the damage is in the export datagrams.
            Map.entry("graylog__netflow-v9-3_incomplete_dat.pcap", new Expected(PARTIAL, "found no such template")),
            Map.entry("logstash__netflow_5_invalid_01.pcap", new Expected(PARTIAL, "found count 55582")),
            Map.entry("logstash__netflow_5_invalid_02.pcap", new Expected(PARTIAL, "found count 163")),
            // Its only oddity is an unpadded options flowset, which RFC 3954 allows ("SHOULD pad").
            Map.entry("logstash__netflow_9_invalid_01.pcap", new Expected(COMPLETE, "flow exports: 1 datagram, 2 records")),
            // The sFlow datagram is too broken to be recognised as one: a UDP packet like any other.
            Map.entry("tcpdump__sflow_print-segv.pcap", new Expected(COMPLETE, "imported completely")),
            // tcpdump's printer overflows on these; the IP header is whole, and a transport header or UDP
            // length that does not fit is stored with ports 0 (the decoder's snaplen rule), not damage.
            Map.entry("tcpdump__tcp_header_heapoverflow.pcap", new Expected(COMPLETE, "imported completely")),
            Map.entry("tcpdump__udp-length-heapoverflow.pcap", new Expected(COMPLETE, "imported completely")),
            // AppleTalk ARP cut at 14 bytes: a non-IP frame, counted as such.
            Map.entry("tcpdump__aarp-heapoverflow-1.pcap", new Expected(COMPLETE, "no IP packets found")),
            // Version 2.5: libpcap's test of a minor version it accepts; capinfos reads it too.
            Map.entry("libpcap__pcap-invalid-version-2.pcap", new Expected(COMPLETE, "imported completely")),
            Map.entry("tcpdump__empty.pcap", new Expected(COMPLETE, "the capture holds no frames")),
            Map.entry("tcpdump__unsupported-link-type-160.pcap", new Expected(COMPLETE, "1 frame of unsupported link types skipped")),
            Map.entry("libpcap__linktype-reserved-field-not-zero.pcap", new Expected(FAILED, "at offset 20: expected reserved bits 16-25 zero")),
            Map.entry("libpcap__pcap-invalid-version-1.pcap", new Expected(FAILED, "at offset 4: expected format version 2.x, found version 1.4")),
            Map.entry("libpcap__pcapng-invalid-vers-1.pcapng", new Expected(FAILED, "at offset 12: expected version 1.0, found version 0.1")),
            Map.entry("libpcap__pcapng-invalid-vers-2.pcapng", new Expected(FAILED, "at offset 12: expected version 1.0, found version 1.1")),
            Map.entry("libpcap__shb-option-too-long.pcapng", new Expected(FAILED, "at offset 48: expected trailing length 52")),
            Map.entry("rusticata__err-eof.bin", new Expected(FAILED, "at offset 0: expected pcap magic")),
            Map.entry("rusticata__modified-format.pcap", new Expected(FAILED, "Kuznetzov's modified pcap, unsupported")),
            Map.entry("tcpdump__LINKTYPE_IPV4_invalid.pcap", new Expected(PARTIAL, "at offset 24: expected complete IP headers, found IPv4 header at frame offset 0: expected version 4, found version 6")),
            Map.entry("tcpdump__gre-heapoverflow-1.pcap", new Expected(PARTIAL, "frame 2 at offset 138")),
            Map.entry("tcpdump__ip6_frag_asan.pcap", new Expected(PARTIAL, "IPv6 fragment header at frame offset 54: expected 8 bytes, found 6 bytes before the snaplen cut")),
            Map.entry("tcpdump__ipv4_invalid_hdr_length.pcap", new Expected(PARTIAL, "expected IHL >= 5, found IHL 4")),
            Map.entry("tcpdump__ipv4_invalid_length.pcap", new Expected(PARTIAL, "expected 20 bytes, found 19 bytes before the frame ends")),
            Map.entry("tcpdump__ipv4_invalid_total_length.pcap", new Expected(PARTIAL, "expected at most the 84 bytes on the wire, found 85")),
            Map.entry("tcpdump__ipv6-next-header-oobr-1.pcap", new Expected(PARTIAL, "IPv6 routing header at frame offset 48")),
            Map.entry("tcpdump__ipv6_frag6_negative_len.pcap", new Expected(PARTIAL, "within the IPv6 payload length, found 0 bytes left")),
            Map.entry("tcpdump__ipv6_invalid_length.pcap", new Expected(PARTIAL, "expected 40 bytes, found 39 bytes before the frame ends")),
            Map.entry("tcpdump__mpls-label-heapoverflow.pcap", new Expected(PARTIAL, "MPLS payload at frame offset 22")),
            Map.entry("tcpdump__timestamp_invalid_micro.pcap", new Expected(PARTIAL, "at offset 212: expected microseconds below 1e6")),
            Map.entry("tcpdump__timestamp_invalid_nano.pcap", new Expected(PARTIAL, "at offset 212: expected nanoseconds below 1e9")));

    private static final Path CORRUPT = CorpusManifest.corpora().resolve("corrupt");
    private static final Path GOOD = Path.of("pcap-samples", "syn-flood.pcap");

    @TempDir static Path dir;
    static Workspace ws;
    static long goodId;
    static Snapshot good;

    /** Everything a user sees of a dataset: its row, the sums over its flows, and its summary (rollups included). */
    record Snapshot(DatasetInfo info, DatasetTotals stored, DatasetSummary summary) {
        static Snapshot of(Workspace ws, long id) throws Exception {
            return new Snapshot(ws.datasets().get(id).orElseThrow(), ws.datasets().storedTotals(id),
                    new DatasetSummaryQuery(ws).summarize(id));
        }
    }

    @BeforeAll
    static void importAGoodDatasetFirst() throws Exception {
        SharedCorpus.assumePresent();
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        ImportReport r = new ImportJob(ws).importFile(GOOD, Progress.NONE, Cancellation.none());
        assertThat(r.status()).as(r.message()).isEqualTo(COMPLETE);
        goodId = r.datasetId();
        good = Snapshot.of(ws, goodId);
        assertThat(good.stored().rows()).isPositive();
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    @Test
    void everyCorruptFileHasAnExpectedOutcome() throws IOException {
        try (Stream<Path> s = Files.list(CORRUPT)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
    }

    @TestFactory
    Stream<DynamicTest> corruptFilesImportPartiallyOrFailWithOneMessage() throws IOException {
        try (Stream<Path> s = Files.list(CORRUPT)) {
            return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
        }
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        Expected expected = EXPECTED.get(name);
        assertThat(expected).as("no expected outcome for %s", name).isNotNull();
        AtomicReference<ImportReport> report = new AtomicReference<>();
        assertThatCode(() -> report.set(new ImportJob(ws).importFile(file, Progress.NONE, Cancellation.none())))
                .as(name).doesNotThrowAnyException();
        ImportReport r = report.get();
        String text = r.message() + " " + r.damage();
        assertThat(r.status()).as(text).isEqualTo(expected.status());
        assertThat(text).contains(expected.fragment());
        assertThat(r.ipPackets() + r.nonIp() + r.truncated() + r.malformed() + r.unsupportedLink()).as(text).isEqualTo(r.packets());
        DatasetInfo d = ws.datasets().get(r.datasetId()).orElseThrow();
        DatasetTotals stored = ws.datasets().storedTotals(r.datasetId());
        assertThat(d.status()).isEqualTo(r.status());
        switch (r.status()) {
            case FAILED -> {
                assertThat(r.message()).as("one line naming the file and the offset")
                        .doesNotContain("\n").contains(file.getFileName().toString()).containsPattern("at offset \\d+: expected ");
                assertThat(stored).as("a failed import keeps no rows").isEqualTo(DatasetTotals.EMPTY);
                assertThat(d.reportJson()).contains(r.message().replace("\"", "\\\""));
            }
            case PARTIAL -> {
                assertThat(r.damage()).as(text).isNotEmpty().hasSize((int) r.damageTotal());
                for (Damage damage : r.damage()) {
                    assertThat(damage.offset()).as(damage.toString()).isBetween(0L, Files.size(file) - 1);
                }
                assertThat(r.message()).contains(Nouns.count(r.damageTotal(), "damaged place"));
                assertThat(d.reportJson()).contains("\"offset\":" + r.damage().get(0).offset());
                assertStoredMatchesReport(r, stored);
            }
            case COMPLETE -> {
                assertThat(r.damage()).as(text).isEmpty();
                assertStoredMatchesReport(r, stored);
            }
            default -> throw new AssertionError(name + " ended " + r.status());
        }
        assertThat(Snapshot.of(ws, goodId)).as("the dataset imported before %s is untouched", name).isEqualTo(good);
    }

    /** Packet imports store the IP packets they counted; flow-export imports one row per record. */
    private static void assertStoredMatchesReport(ImportReport r, DatasetTotals stored) {
        if (r.kind().equals(ImportReport.FLOW_EXPORTS)) {
            assertThat(stored.rows()).isEqualTo(r.exporters().stream().mapToLong(ExporterReport::records).sum());
        } else {
            assertThat(stored.packets()).isEqualTo(r.ipPackets());
        }
        assertThat(stored.bytes()).isEqualTo(r.ipBytes());
    }
}
