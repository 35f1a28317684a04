package org.flowbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Regenerating each committed scenario from its labelled seed gives the same bytes. */
class SamplesReproducibilityTest {
    @TempDir
    Path tmp;

    static Stream<String> scenarios() {
        return Scenario.all().stream().map(Scenario::name);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void regeneratesTheCommittedFileExactly(String name) throws Exception {
        SampleFiles.assumeCommitted();
        Path committedPcap = SampleFiles.DIR.resolve(name + ".pcap");
        Path committedLabels = SampleFiles.DIR.resolve(name + ".labels.json");
        long seed = SampleFiles.labels(committedLabels).seed();

        SampleResult result = new SampleGenerator().writeScenario(Scenario.named(name).orElseThrow(), seed, tmp);

        assertThat(sha256(result.pcap())).as("SHA-256 of regenerated %s.pcap", name).isEqualTo(sha256(committedPcap));
        assertThat(sha256(result.labels())).as("SHA-256 of regenerated %s.labels.json", name)
                .isEqualTo(sha256(committedLabels));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
