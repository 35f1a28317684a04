package org.flowbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wireshark's tools, when installed, agree on the packet counts and see nothing malformed. */
class TsharkCrossCheckTest {
    static Stream<String> scenarios() {
        return Scenario.all().stream().map(Scenario::name);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void capinfosCountsTheSamePackets(String name) throws Exception {
        assumeTool("capinfos");
        SampleFiles.assumeCommitted();
        Path pcap = SampleFiles.DIR.resolve(name + ".pcap");
        String out = run("capinfos", "-c", "-M", pcap.toString());
        Matcher m = Pattern.compile("Number of packets:\\s+(\\d+)").matcher(out);
        assertThat(m.find()).as("capinfos output: %s", out).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(PcapWalker.read(pcap).size());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void tsharkSeesNoMalformedPacketsAndNoBadChecksums(String name) throws Exception {
        assumeTool("tshark");
        SampleFiles.assumeCommitted();
        Path pcap = SampleFiles.DIR.resolve(name + ".pcap");
        String out = run("tshark", "-r", pcap.toString(), "-q", "-o", "ip.check_checksum:TRUE", "-o",
                "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-z", "expert,warn");
        assertThat(out).as("tshark expert summary for %s", name).doesNotContainIgnoringCase("malformed")
                .doesNotContain("Errors (").doesNotContain("Warns (");
    }

    private static void assumeTool(String tool) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        Assumptions.assumeTrue(found, tool + " is not on PATH");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }
}
