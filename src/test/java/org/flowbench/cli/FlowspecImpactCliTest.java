package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** flowbench flowspec simulate|generate over the NTP amplification scenario. */
class FlowspecImpactCliTest extends WorkspaceCliTest {
    static final Path NTP = Path.of("pcap-samples/ntp-amplification.pcap");
    static final String BIRD = """
            protocol static fs4 { flow4;
              route flow4 { dst 203.0.113.10/32; proto 17; sport 123; length 496; }
                { bgp_ext_community.add((generic, 0x80060000, 0)); };
            }
            """;
    /** Everything except the labelled attack; the filter language's own text. */
    static final String LEGIT = "NOT (dst_addr = 203.0.113.10 AND proto = UDP AND src_port = 123)";

    Path rules;

    @BeforeEach
    void importNtp() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NTP), "pcap-samples/ is not in the working directory");
        // a copy without its labels file: import would attach the labels as incidents, and this
        // test wants a dataset whose attack/legitimate split is unknown unless --legit says
        Path unlabelled = Files.copy(NTP, dir.resolve(NTP.getFileName()));
        assertThat(run("import", unlabelled.toString())).as(err.toString()).isZero();
        rules = Files.writeString(dir.resolve("rules.bird"), BIRD);
    }

    @Test
    void simulatePrintsPerRuleAndSetFiguresAndTheRtbhSideBySide() throws Exception {
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1", "--legit", LEGIT, "--rtbh", "--format", "json"))
                .as(err.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        JsonNode set = doc.path("flowspec").path("set");
        assertThat(set.path("discarded").path("attack").path("packets").asDouble()).isEqualTo(4500);
        assertThat(set.path("discarded").path("attack").path("bytes").asDouble()).isEqualTo(2_232_000);
        assertThat(set.path("discarded").path("legit").path("packets").asDouble()).isZero();
        JsonNode rtbh = doc.path("rtbh").path("set");
        // the blackhole drops the web server's own traffic too
        assertThat(rtbh.path("discarded").path("legit").path("packets").asDouble()).isPositive();
        assertThat(doc.path("flowspec").path("focus").size()).isPositive();

        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1", "--legit", LEGIT, "--rtbh")).isZero();
        assertThat(out.toString()).contains("100.00% of attack packets dropped, 0.00% of legitimate packets")
                .contains("RTBH 203.0.113.10/32 (65535:666)");
    }

    @Test
    void timeRangeAndUnknownSplitAreReported() {
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1", "--from", "2026-02-03T14:03:00Z",
                "--to", "2026-02-03T14:03:10Z", "--format", "csv")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("scope,position,rule,matched_packets");
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1")).isZero();
        assertThat(out.toString()).contains("not told apart");
    }

    @Test
    void badInputGetsAClearMessageAndExitCode() throws Exception {
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "9")).isEqualTo(3);
        assertThat(err.toString()).contains("no dataset '9'");
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1", "--legit", "proto = = 3")).isEqualTo(2);
        assertThat(err.toString()).contains("--legit");
        Path label = Files.writeString(dir.resolve("label.bird"), """
                protocol static fs6 { flow6;
                  route flow6 { dst 2001:db8:100::10/128; label 1234; } { bgp_ext_community.add((generic, 0x80060000, 0)); };
                }
                """);
        assertThat(run("flowspec", "simulate", label.toString(), "--dataset", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("flow label").contains("cannot be simulated");
    }

    @Test
    void generateProposesRulesAndPrintsTheRecommendedOneInADialect() {
        assertThat(run("flowspec", "generate", "--dataset", "1", "--victim", "203.0.113.10", "--from", "2026-02-03T14:02:20Z",
                "--to", "2026-02-03T14:04:40Z", "--legit", LEGIT, "--dialect", "bird")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("akvorado").contains("yes").contains("100.00%")
                .contains("dst 203.0.113.10/32").contains("Recommended (akvorado), bird:").contains("flow4");
        assertThat(run("flowspec", "generate", "--dataset", "1", "--victim", "192.0.2.99", "--from", "2026-02-03T14:02:20Z",
                "--to", "2026-02-03T14:04:40Z")).isEqualTo(3);
        assertThat(err.toString()).contains("no traffic to 192.0.2.99");
    }
}
