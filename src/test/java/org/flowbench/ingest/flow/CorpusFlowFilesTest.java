package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third-party NetFlow/IPFIX corpus: every file decodes without an exception, Telegraf's
 * expected records are reproduced, and the hard cases behave as their sources expect.
 */
class CorpusFlowFilesTest {
    static Stream<String> flowFiles() throws IOException {
        SharedCorpus.assumePresent();
        List<String> files = new ArrayList<>();
        for (String dir : List.of("netflow5", "netflow9", "ipfix")) {
            try (Stream<Path> s = Files.list(CorpusManifest.corpora().resolve(dir))) {
                s.map(p -> dir + "/" + p.getFileName()).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /**
     * Files whose datagrams really are damaged or incomplete (Wireshark marks them malformed too):
     * a message length shorter than its last set, an options template set with padding between
     * templates, a truncated message, data sets whose templates never come.
     */
    private static final List<String> DAMAGED = List.of(
            "ipfix/telegraf__issue_14370.pcap", "ipfix/vflow__ipfix_multi_message.pcap", "ipfix/vflow__ipfix_unknown_dataset.pcap",
            "ipfix/logstash__ipfix_netscaler_with_variable_length_fields.pcap",
            "ipfix/logstash__ipfix_netscaler_with_variable_length_fields_data_before_template.pcap",
            "ipfix/logstash__ipfix_netscaler_with_variable_length_fields_missing_templates.pcap",
            "netflow9/logstash__netflow_9_ipt_netflow_reduced_size_encoding.pcap");

    @ParameterizedTest(name = "{0}")
    @MethodSource("flowFiles")
    void decodesWithoutExceptionAndDamageOnlyWhereTheDataIsDamaged(String file) {
        DecodedFile[] decoded = new DecodedFile[1];
        assertThatCode(() -> decoded[0] = DecodedFile.of(CorpusManifest.corpora().resolve(file))).doesNotThrowAnyException();
        ExporterStats total = decoded[0].total();
        assertThat(total.datagrams).isEqualTo(decoded[0].payloads.size() - decoded[0].protocols.getOrDefault(FlowProtocol.SFLOW5, 0));
        if (DAMAGED.contains(file)) {
            assertThat(total.malformed).isPositive();
            assertThat(decoded[0].damage.kept()).isNotEmpty().allSatisfy(d -> assertThat(d.offset()).isNotNegative());
        } else {
            assertThat(decoded[0].damage.kept()).isEmpty();
            assertThat(total.malformed).isZero();
            assertThat(total.records + total.optionsRecords + total.templates).as("something decoded").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "netflow5/telegraf__netflow_v5_example.pcap, telegraf__netflow_v5_example__expected.out",
            "netflow9/telegraf__netflow_v9_example.pcap, telegraf__netflow_v9_example__expected.out",
            "ipfix/telegraf__ipfix_example.pcap, telegraf__ipfix_example__expected.out",
            "ipfix/telegraf__ipfix_pen_35632.pcap, telegraf__ipfix_pen_35632__expected.out",
            "ipfix/telegraf__ipfix_pen_35632.pcap, telegraf__issue_13305__expected.out",
            "ipfix/telegraf__issue_14370.pcap, telegraf__issue_14370__expected.out"})
    void reproducesTelegrafsRecords(String file, String expected) throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile decoded = DecodedFile.of(CorpusManifest.corpora().resolve(file));
        List<Map<String, String>> want = TelegrafExpected.flows(CorpusManifest.corpora().resolve("_expected").resolve(expected));
        assertThat(want).isNotEmpty();
        List<DecodedFile.Flow> unmatched = new ArrayList<>(decoded.flows);
        for (Map<String, String> w : want) {
            DecodedFile.Flow match = unmatched.stream().filter(f -> TelegrafMatch.matches(w, f)).findFirst().orElse(null);
            assertThat(match).as("a decoded record with %s%nwhere we decoded%n%s", w, TelegrafMatch.describe(unmatched)).isNotNull();
            unmatched.remove(match);
        }
        // Telegraf keeps RFC 5103 reverse counters as fields of one record; we make them records of their own.
        boolean biflow = file.contains("ipfix_example");
        if (!biflow) assertThat(unmatched).isEmpty();
        else assertThat(unmatched).allSatisfy(f -> assertThat(decoded.flows.stream().anyMatch(
                g -> g != f && g.src().equals(f.dst()) && g.dst().equals(f.src()) && g.srcPort() == f.dstPort())).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "netflow9/telegraf__netflow_v9_options.pcap, 8",
            "ipfix/telegraf__ipfix_options.pcap, 126"})
    void optionsOnlyExportsYieldOptionsRecordsAndNoFlows(String file, long optionsRecords) throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile decoded = DecodedFile.of(CorpusManifest.corpora().resolve(file));
        assertThat(decoded.flows).isEmpty();
        assertThat(decoded.total().optionsRecords).isEqualTo(optionsRecords);
    }

    @Test
    void dataBeforeItsTemplateIsHeldAndDecodedWhenTheTemplateArrives() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile inOrder = DecodedFile.of(netscaler(""));
        DecodedFile reversed = DecodedFile.of(netscaler("_data_before_template"));
        assertThat(reversed.total().unknownTemplates).isPositive();
        assertThat(reversed.flows).hasSize(3).containsExactlyInAnyOrderElementsOf(inOrder.flows);
    }

    @Test
    void dataWhoseTemplatesNeverComeIsCountedAndReported() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile missing = DecodedFile.of(netscaler("_missing_templates"));
        assertThat(missing.flows).isEmpty();
        assertThat(missing.total().unknownTemplates).isEqualTo(4);
        assertThat(missing.total().malformed).isEqualTo(4);
        assertThat(missing.damage.kept()).hasSize(4).allSatisfy(d -> assertThat(d.found()).contains("no such template"));
    }

    @Test
    void variableLengthFieldsAreSkippedByTheirLength() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile netscaler = DecodedFile.of(netscaler(""));
        assertThat(netscaler.flows).hasSize(3).allSatisfy(f -> {
            assertThat(f.packets()).isPositive();
            assertThat(f.proto()).isIn(6, 17);
        });
        DecodedFile h3c = DecodedFile.of(CorpusManifest.corpora().resolve("netflow9/logstash__netflow_9_h3c_netstream_with_varstring.pcap"));
        assertThat(h3c.flows).hasSize(1);
        assertThat(h3c.damage.kept()).isEmpty();
    }

    @Test
    void netflowV5AndV9InterleavedFromOneExporterDecodeSideBySide() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile nprobe = DecodedFile.of(CorpusManifest.corpora().resolve("netflow9/graylog__nprobe-netflow9.pcap"));
        assertThat(nprobe.protocols).containsEntry(FlowProtocol.V5, 5).containsEntry(FlowProtocol.V9, 4);
        // Wireshark: 154 flow records, of which 2 are options records.
        assertThat(nprobe.flows.size() + nprobe.total().optionsRecords).isEqualTo(154);
        assertThat(nprobe.total().sequenceGaps).isZero();
    }

    @Test
    void sflowAndNetflowOnOnePortAreToldApartByPayload() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile mixed = DecodedFile.of(CorpusManifest.corpora().resolve("sflow/tcpdump__sflow_multiple_counter_30_pdus.pcap"));
        assertThat(mixed.protocols).containsEntry(FlowProtocol.SFLOW5, 25).containsEntry(FlowProtocol.V5, 5);
        assertThat(mixed.total().malformed).isZero();
    }

    @Test
    void severalSourceIdsKeepTheirOwnTemplates() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile multi = DecodedFile.of(CorpusManifest.corpora().resolve("netflow9/logstash__netflow_9_multiple_netflow_exporters.pcap"));
        assertThat(multi.flows.stream().map(DecodedFile.Flow::domain).distinct().count()).isGreaterThan(1);
        assertThat(multi.flows.size() + multi.total().optionsRecords).isEqualTo(9); // Wireshark's count, options included
        assertThat(multi.damage.kept()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"logstash__netflow_5_invalid_01.pcap", "logstash__netflow_5_invalid_02.pcap", "graylog__netflow-v9-3_incomplete_dat.pcap"})
    void corruptFlowFilesAreCountedAsMalformedWithDamage(String file) throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile[] decoded = new DecodedFile[1];
        assertThatCode(() -> decoded[0] = DecodedFile.of(CorpusManifest.corpora().resolve("corrupt").resolve(file))).doesNotThrowAnyException();
        assertThat(decoded[0].total().malformed).isEqualTo(1);
        assertThat(decoded[0].damage.kept()).isNotEmpty().allSatisfy(d -> assertThat(d.offset()).isGreaterThanOrEqualTo(82));
    }

    /**
     * logstash names this datagram invalid because its parser pads an options flowset of 22 bytes
     * to 24; RFC 3954 only says exporters SHOULD pad, and graylog__netflow9.pcap opens with an nprobe
     * datagram of the same layout (same templates, same 22-byte options flowset at byte 142).
     * It decodes cleanly: 2 flow records and 1 options record (rate 100).
     */
    @Test
    void logstashsInvalidV9DatagramIsAValidUnpaddedOne() throws IOException {
        SharedCorpus.assumePresent();
        DecodedFile invalid = DecodedFile.of(CorpusManifest.corpora().resolve("corrupt/logstash__netflow_9_invalid_01.pcap"));
        DecodedFile graylog = DecodedFile.of(CorpusManifest.corpora().resolve("netflow9/graylog__netflow9.pcap"));
        byte[] a = invalid.payloads.get(0).bytes(), b = graylog.payloads.get(0).bytes();
        assertThat(Arrays.copyOfRange(a, 20, 164)).isEqualTo(Arrays.copyOfRange(b, 20, 164));
        assertThat(graylog.damage.kept()).isEmpty();
        assertThat(invalid.damage.kept()).isEmpty();
        assertThat(invalid.flows).hasSize(2).allSatisfy(f -> assertThat(f.samplingRate()).isEqualTo(100));
        assertThat(invalid.total().optionsRecords).isEqualTo(1);
    }

    private static Path netscaler(String variant) {
        return CorpusManifest.corpora().resolve("ipfix/logstash__ipfix_netscaler_with_variable_length_fields" + variant + ".pcap");
    }
}
