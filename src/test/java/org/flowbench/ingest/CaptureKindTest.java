package org.flowbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaptureKindTest {
    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("pcap-samples"))) {
            return files.filter(f -> f.toString().endsWith(".pcap")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void trainingSamplesAreTraffic(Path sample) throws IOException {
        // the samples hold DNS and NTP on their usual ports: payloads must not pass for exports
        assertThat(CaptureKind.detect(sample)).isEqualTo(CaptureKind.PACKETS);
    }

    @Test
    void exporterCapturesAreFlowExportsAndTheirInputIsTraffic() throws IOException {
        SharedCorpus.assumePresent();
        Path exports = SharedCorpus.root().resolve("exports");
        List<Path> files;
        try (Stream<Path> s = Files.list(exports)) {
            files = s.filter(f -> f.toString().endsWith(".pcap")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path f : files) {
            CaptureKind expected = f.getFileName().toString().equals("input_20k.pcap")
                    ? CaptureKind.PACKETS : CaptureKind.FLOW_EXPORTS;
            assertThat(CaptureKind.detect(f)).as(f.toString()).isEqualTo(expected);
        }
    }

    @Test
    void vendorExportCorporaAreFlowExports() throws IOException {
        SharedCorpus.assumePresent();
        for (String folder : List.of("netflow5", "netflow9", "ipfix", "sflow")) {
            try (Stream<Path> s = Files.list(SharedCorpus.root().resolve("corpora").resolve(folder))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList()) {
                    // vflow's snippet claims a 1,366-byte IPFIX message in a 206-byte datagram: no
                    // valid export anywhere in it, so it reads as traffic unless imported --as flows
                    CaptureKind expected = f.getFileName().toString().equals("vflow__ipfix_unknown_dataset.pcap")
                            ? CaptureKind.PACKETS : CaptureKind.FLOW_EXPORTS;
                    assertThat(CaptureKind.detect(f)).as(f.toString()).isEqualTo(expected);
                }
            }
        }
    }
}
