package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.schema.Addresses;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sFlow captures of ../shared/corpora: every one decodes without an exception and gives the
 * counts in expected/sflow.tsv; those counts agree with tshark and the MANIFEST unless a note
 * says why not; decoded fields match telegraf's expected output where it exists.
 */
class SflowCorpusTest {
    /** One decoded capture: counters, per-exporter stats, damage and the records as copies. */
    record Decoded(SflowDecoder decoder, ExporterStats stats, DamageLog damage, List<FlowRecord> records) {}

    @BeforeEach
    void corpusPresent() {
        SharedCorpus.assumePresent();
    }

    static Decoded decode(Path file) throws IOException {
        DamageLog damage = new DamageLog();
        SflowDecoder decoder = new SflowDecoder(damage);
        ExporterStats stats = new ExporterStats();
        List<FlowRecord> records = new ArrayList<>();
        ExportDatagram d = new ExportDatagram();
        for (SflowTestPayloads.Payload p : SflowTestPayloads.read(file)) {
            if (p.looksLikeSflow5()) decoder.decode(p.fill(d), stats, r -> records.add(copy(r)));
        }
        return new Decoded(decoder, stats, damage, records);
    }

    @Test
    void everyCaptureGivesTheExpectedCounts() throws IOException {
        List<SflowExpectations> rows = SflowExpectations.load();
        try (Stream<Path> files = Files.list(CorpusManifest.corpora().resolve("sflow"))) {
            assertThat(rows.stream().map(SflowExpectations::file).filter(f -> f.startsWith("sflow/")).collect(Collectors.toSet()))
                    .as("one expected/sflow.tsv row per capture")
                    .isEqualTo(files.map(f -> "sflow/" + f.getFileName()).collect(Collectors.toSet()));
        }
        for (SflowExpectations row : rows) {
            Decoded d = decode(CorpusManifest.corpora().resolve(row.file()));
            SflowCounters c = d.decoder().counters();
            assertThat(c.decoderErrors).as("%s: decoder errors", row.file()).isZero();
            assertThat(d.decoder().headerStats().decoderErrors).as("%s: packet decoder errors", row.file()).isZero();
            assertThat(SflowExpectations.count(c)).as("%s %s: %s", row.file(), SflowExpectations.OURS, c).containsExactly(row.ours());
            assertThat(d.stats().records).isEqualTo(c.recordsEmitted).isEqualTo(d.records().size());
            assertThat(d.stats().malformed).isEqualTo(c.malformedDatagrams);
            assertThat(d.damage().total()).as("%s: damage reported for every malformed datagram, none otherwise", row.file())
                    .isGreaterThanOrEqualTo(c.malformedDatagrams).isLessThanOrEqualTo(c.malformedDatagrams == 0 ? 0 : Long.MAX_VALUE);
            if (row.note().isEmpty()) {
                assertThat(row.oursComparableWithTshark()).as("%s agrees with tshark %s (or needs a note)", row.file(),
                        SflowExpectations.TSHARK).containsExactly(row.tshark());
            }
        }
    }

    /** MANIFEST.tsv's tshark_flow_decode column says "sFlow v5: D datagrams, S samples (...), F flow records, C counter records". */
    @Test
    void tsharkColumnsAgreeWithTheManifest() throws IOException {
        CorpusManifest manifest = CorpusManifest.load();
        Pattern p = Pattern.compile("sFlow v5: (\\d+) datagrams, (\\d+) samples.*?, (\\d+) flow records, (\\d+) counter records");
        for (SflowExpectations row : SflowExpectations.load()) {
            String described = manifest.get(row.file(), "tshark_flow_decode");
            Matcher m = p.matcher(described);
            assertThat(m.find()).as("%s: %s", row.file(), described).isTrue();
            long[] t = row.tshark();
            assertThat(new long[] {t[0], t[1] + t[2] + t[3], t[4], t[5]}).as(row.file())
                    .containsExactly(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)));
        }
    }

    @Test
    void theDatagramThatCrashedTcpdumpIsMalformedWithDamage() throws IOException {
        Decoded d = decode(CorpusManifest.corpora().resolve("corrupt/tcpdump__sflow_print-segv.pcap"));
        assertThat(d.stats().malformed).isEqualTo(1);
        assertThat(d.records()).isEmpty();
        assertThat(d.damage().kept()).singleElement().satisfies(damage -> {
            assertThat(damage.what()).isEqualTo("sFlow agent IPv4 address");
            assertThat(damage.offset()).isEqualTo(24 + 16 + 42 + 8); // file header, record header, Eth/IPv4/UDP, version and type
        });
    }

    /** telegraf's expected metrics: one line per flow sample (with sampling_interval) or per counter sample / drop. */
    @Test
    void fieldsMatchTelegrafsExpectedOutput() throws IOException {
        Map<String, String> captureOf = new LinkedHashMap<>();
        captureOf.put("telegraf__sflow_issue_15918", "sflow/telegraf__sflow_issue_15918.pcap");
        captureOf.put("telegraf__sflow_issue_18876", "sflow/telegraf__sflow_issue_18876.pcap");
        captureOf.put("telegraf__sflow_v5_example", "sflow/telegraf__sflow_v5_example.pcap");
        // MANIFEST: the goflow2 file carries the identical payload of telegraf's sflow_issue_15375 case
        captureOf.put("telegraf__sflow_issue_15375", "sflow/goflow2__sflow_drop_egress_queue.pcap");
        Path expectedDir = CorpusManifest.corpora().resolve("_expected");
        try (Stream<Path> files = Files.list(expectedDir)) {
            TreeSet<String> present = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("telegraf__sflow_"))
                    .map(n -> n.replace("__expected.out", "")).collect(Collectors.toCollection(TreeSet::new));
            assertThat((Iterable<String>) present).as("every telegraf sFlow expectation is checked")
                    .containsExactlyElementsOf(new TreeSet<>(captureOf.keySet()));
        }
        for (Map.Entry<String, String> e : captureOf.entrySet()) {
            List<Map<String, String>> lines = new ArrayList<>();
            for (String line : Files.readAllLines(expectedDir.resolve(e.getKey() + "__expected.out"))) {
                if (!line.isBlank()) lines.add(fields(line));
            }
            List<Map<String, String>> flows = lines.stream().filter(l -> l.containsKey("sampling_interval")).collect(Collectors.toList());
            Decoded d = decode(CorpusManifest.corpora().resolve(e.getValue()));
            assertThat(d.stats().countersSkipped).as(e.getKey() + ": counter samples and drops").isEqualTo(lines.size() - flows.size());
            assertThat(d.records()).as(e.getKey() + ": flow records").hasSize(flows.size());
            for (int i = 0; i < flows.size(); i++) matchTelegraf(e.getKey() + " flow " + i, flows.get(i), d.records().get(i));
        }
    }

    private static void matchTelegraf(String where, Map<String, String> t, FlowRecord r) {
        assertThat(Addresses.format(r.exporterHi, r.exporterLo)).as(where + " agent").isEqualTo(t.get("agent_ip"));
        assertThat(r.domain).as(where + " sub-agent").isEqualTo(Long.parseLong(t.get("agent_subid")));
        assertThat(Addresses.format(r.srcHi, r.srcLo)).as(where + " src").isEqualTo(t.get("src"));
        assertThat(Addresses.format(r.dstHi, r.dstLo)).as(where + " dst").isEqualTo(t.get("dst"));
        assertThat(r.srcPort).as(where + " src_port").isEqualTo(Integer.parseInt(t.getOrDefault("src_port", "0")));
        assertThat(r.dstPort).as(where + " dst_port").isEqualTo(Integer.parseInt(t.getOrDefault("dst_port", "0")));
        assertThat(r.ipVersion).as(where + " ip_version").isEqualTo(t.get("ip_version").equals("IPv6") ? 6 : 4);
        String protocol = t.get("protocol");
        if (protocol.equals("hopopt")) {
            // telegraf names the first next header; we walk the extension headers to the upper layer, as Flowspec does (RFC 8956)
            assertThat(r.proto).as(where + " upper-layer protocol behind hop-by-hop").isEqualTo(58);
        } else {
            assertThat(r.proto).as(where + " protocol").isEqualTo(Map.of("tcp", 6, "udp", 17, "icmp", 1).get(protocol));
        }
        assertThat(r.samplingRate).as(where + " sampling_interval").isEqualTo(Long.parseLong(t.get("sampling_interval")));
        // telegraf's in_snmp is the data source's index: the input interface only when sampling on the way in
        if (t.get("direction").equals("ingress")) {
            assertThat(r.inIf).as(where + " in_snmp").isEqualTo(Long.parseLong(t.get("in_snmp")));
        }
        assertThat(r.outIf).as(where + " out_snmp").isEqualTo(t.containsKey("out_snmp") ? Long.parseLong(t.get("out_snmp")) : FlowRecord.NONE);
        assertThat(r.vlan).as(where + " vlan_src").isEqualTo(Integer.parseInt(t.get("vlan_src")));
        if (t.containsKey("src_tos")) assertThat(r.dscp).as(where + " src_tos").isEqualTo(Integer.parseInt(t.get("src_tos")) >> 2);
        if (t.containsKey("fragment_flags")) {
            assertThat((r.frag & DecodedPacket.FRAG_DF) != 0).as(where + " DF").isEqualTo(t.get("fragment_flags").contains("D"));
        }
        long bytes = r.ipVersion == 4 ? Long.parseLong(t.get("ipv4_total_len")) : 40 + Long.parseLong(t.get("ipv6_total_len"));
        assertThat(r.bytes).as(where + " IP length").isEqualTo(bytes);
        assertThat(r.pktLen).as(where + " pkt_len").isEqualTo((int) bytes);
        assertThat(r.packets).isEqualTo(1);
    }

    /** The field set of one line-protocol line: {@code measurement,tags fields timestamp}. */
    private static Map<String, String> fields(String line) {
        String body = line.substring(line.indexOf(' ') + 1, line.lastIndexOf(' '));
        Map<String, String> m = new LinkedHashMap<>();
        Matcher f = Pattern.compile("(\\w+)=(\"[^\"]*\"|[^,]*)").matcher(body);
        while (f.find()) {
            String v = f.group(2);
            if (v.startsWith("\"")) v = v.substring(1, v.length() - 1);
            else if (v.endsWith("u")) v = v.substring(0, v.length() - 1);
            m.put(f.group(1), v);
        }
        return m;
    }

    static FlowRecord copy(FlowRecord r) {
        FlowRecord c = new FlowRecord();
        c.endMicros = r.endMicros;
        c.startMicros = r.startMicros;
        c.exporterHi = r.exporterHi;
        c.exporterLo = r.exporterLo;
        c.domain = r.domain;
        c.inIf = r.inIf;
        c.outIf = r.outIf;
        c.srcHi = r.srcHi;
        c.srcLo = r.srcLo;
        c.dstHi = r.dstHi;
        c.dstLo = r.dstLo;
        c.ipVersion = r.ipVersion;
        c.proto = r.proto;
        c.srcPort = r.srcPort;
        c.dstPort = r.dstPort;
        c.icmpType = r.icmpType;
        c.icmpCode = r.icmpCode;
        c.tcpFlags = r.tcpFlags;
        c.dscp = r.dscp;
        c.frag = r.frag;
        c.vlan = r.vlan;
        c.srcAs = r.srcAs;
        c.dstAs = r.dstAs;
        c.packets = r.packets;
        c.bytes = r.bytes;
        c.samplingRate = r.samplingRate;
        c.pktLen = r.pktLen;
        return c;
    }
}
