package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** flowbench detect over two imported training labs: the NTP attack and the quiet day. */
class DetectCommandTest extends WorkspaceCliTest {
    static final Path SAMPLES = Path.of("pcap-samples");

    @BeforeEach
    void importTwoLabs() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        assertThat(run("import", SAMPLES.resolve("ntp-amplification.pcap").toString(),
                SAMPLES.resolve("quiet-day.pcap").toString())).isZero();
        // the labels beside each capture become the dataset's incidents
        assertThat(err.toString()).contains("dataset 1: 1 incident from ntp-amplification.labels.json")
                .contains("dataset 2: 1 incident from quiet-day.labels.json");
    }

    @Test
    void alertsAndScoreAsJson() throws Exception {
        assertThat(run("detect", "1", "2", "--score", "--format", "json")).as(err.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("alerts")).isNotEmpty();
        for (JsonNode a : doc.get("alerts")) {
            assertThat(a.get("key").asText()).isIn("203.0.113.10", "203.0.113.0/24");
            assertThat(a.get("vector").asText()).startsWith("UDP sport 123");
        }
        JsonNode score = doc.get("score");
        assertThat(score.get("attacks").asInt()).isEqualTo(1);
        assertThat(score.get("detected").asInt()).isEqualTo(1);
        assertThat(score.get("false_alerts").asInt()).isZero();
        assertThat(score.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("incidents").get(0).get("incident").asText()).isEqualTo("ntp-monlist-reflection");
    }

    @Test
    void sweepGridAndSuggestions() {
        assertThat(run("detect", "1", "--sweep", "host-flood:udp_bps=100k:300k:100k", "--format", "csv")).as(err.toString()).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("host-flood:udp_bps,alerts,alerting_keys,attacks,detected");
        assertThat(lines).hasSize(4);
        assertThat(run("detect", "1", "--sweep", "udp_bps=100k:200k:100k", "--sweep", "pps=50:100:50", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(5);
        assertThat(run("detect", "2", "--suggest", "--suggest-key", "dst_addr/24", "--format", "csv")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("host-flood,203.0.113.0/24,");
    }

    @Test
    void yamlRuleFilesAndTheBestPointOfAGrid() throws Exception {
        Path yaml = dir.resolve("rules.yaml");
        org.flowbench.detect.RuleFiles.write(yaml, org.flowbench.detect.Presets.load("training-labs"));
        assertThat(Files.readString(yaml)).startsWith("name: training-labs");
        assertThat(run("detect", "1", "--rules", yaml.toString(), "--sweep", "udp_bps=100k:200k:100k", "--sweep",
                "pps=50:100:50", "--format", "csv")).as(err.toString()).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).endsWith(",best");
        assertThat(java.util.Arrays.stream(lines).skip(1).filter(l -> l.endsWith(",true"))).hasSize(1);
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "rules:\n  - name: x\n    window: 10s\n    trigger: pps >> 1\n");
        assertThat(run("detect", "1", "--rules", broken.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.yml: rules[0].trigger (line 4, column 19): column 6");
    }

    @Test
    void usageErrorsAndMissingData() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rules\": [{\"name\": \"x\", \"window\": \"10s\", \"trigger\": \"pps >> 1\"}]}");
        assertThat(run("detect", "1", "--rules", bad.toString())).isEqualTo(2);
        // the trigger's text starts at column 55; its error, 5 characters in
        assertThat(err.toString()).contains("rules[0].trigger (line 1, column 60): column 6");
        assertThat(run("detect", "1", "--sweep", "nope=1:2:1")).isEqualTo(2);
        assertThat(run("detect", "1", "--sweep", "flows=1:2:1")).isEqualTo(2);
        assertThat(err.toString()).contains("no rule's trigger compares flows");
        assertThat(run("detect", "9")).isEqualTo(3);
        assertThat(run("detect", "1", "--preset", "akvorado")).isZero();
        assertThat(out.toString()).startsWith("rule");
    }
}
