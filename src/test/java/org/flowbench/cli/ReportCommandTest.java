package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** flowbench report over the NTP amplification scenario, imported with its labels. */
class ReportCommandTest extends WorkspaceCliTest {
    static final Path NTP = Path.of("pcap-samples/ntp-amplification.pcap");
    static final String RULES = """
            {"flowbench-flowspec": 1, "rules": [
              {"name": "ntp", "family": "ipv4",
               "match": {"destination": "203.0.113.10/32", "protocol": "=udp", "source-port": "=123"},
               "then": {"discard": true}}]}
            """;

    Path detection, flowspec;

    @BeforeEach
    void importNtp() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NTP), "pcap-samples/ is not in the working directory");
        assertThat(run("import", NTP.toString())).as(err.toString()).isZero();
        detection = Files.writeString(dir.resolve("detect.json"), RuleFiles.write(Presets.load(Presets.DEFAULT)));
        flowspec = Files.writeString(dir.resolve("rules.json"), RULES);
    }

    @Test
    void writesEachFormatWithTheRulesTheirImpactAndTheRouterSyntax() throws Exception {
        Path html = dir.resolve("pm.html");
        assertThat(run("report", "--dataset", "1", "--rules", detection.toString(), "--flowspec", flowspec.toString(),
                "--rtbh", "--dialect", "bird", "--title", "NTP post-mortem", "-o", html.toString())).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo(html.toString());
        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.title()).isEqualTo("NTP post-mortem");
        assertThat(doc.select("#incidents tbody tr")).hasSize(1);
        assertThat(doc.select("#detection-alerts tbody tr")).isNotEmpty();
        assertThat(doc.select("#impact-outcome-1 thead th").eachText()).containsExactly("Outcome", "Flowspec", "RTBH");
        assertThat(doc.select("#mitigation pre").text()).contains("flow4").contains("203.0.113.10/32");

        Path md = dir.resolve("pm.md");
        assertThat(run("report", "-o", md.toString(), "--from", "2026-02-03T14:02:00Z", "--to", "2026-02-03T14:05:00")).isZero();
        assertThat(Files.readString(md)).contains("| From | 2026-02-03 14:02:00 UTC |", "| To | 2026-02-03 14:05:00 UTC |")
                .doesNotContain("## Detection");

        Path pdf = dir.resolve("pm.out");
        assertThat(run("report", "--format", "pdf", "-o", pdf.toString(), "--incident", "1")).as(err.toString()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    }

    @Test
    void badOptionsAndMissingInputsGetClearMessagesAndExitCodes() {
        assertThat(run("report", "-o", dir.resolve("x.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot tell the format");
        assertThat(run("report", "--dialect", "cisco-ios", "-o", dir.resolve("x.md").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown dialect");
        assertThat(run("report", "--dataset", "7", "-o", dir.resolve("x.md").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("no dataset '7'");
        assertThat(run("report", "--incident", "42", "-o", dir.resolve("x.md").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("no incident 42");
        assertThat(run("report", "--flowspec", dir.resolve("missing.bird").toString(), "-o", dir.resolve("x.md").toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("cannot read the Flowspec rules");
        assertThat(run("report", "--from", "yesterday", "-o", dir.resolve("x.md").toString())).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.md"))).isFalse();
    }
}
