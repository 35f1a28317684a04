package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RulesCommandTest extends WorkspaceCliTest {
    static final String DETECTION_YAML = """
            name: edge
            rules:
              - name: "udp; 'flood'"
                scope: proto = 17
                window: 10s
                trigger: bps > 1M
            """;

    @Test
    void saveListShowExportRenameAndDelete() throws Exception {
        Path yaml = Files.writeString(dir.resolve("edge.yaml"), DETECTION_YAML);
        Path bird = Files.writeString(dir.resolve("ntp.bird"), FlowspecImpactCliTest.BIRD);
        assertThat(run("rules", "save", yaml.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("saved detection rule set 'edge' (1 rule)");
        assertThat(run("rules", "save", bird.toString(), "--name", "edge", "--note", "from BIRD")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("saved flowspec rule set 'edge' (1 rule)");

        assertThat(run("rules", "list", "--format", "csv")).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("name,kind,format,rules,updated,created,note");
        assertThat(lines[1]).startsWith("edge,detection,yaml,1,");
        assertThat(lines[2]).startsWith("edge,flowspec,json,1,").endsWith(",from BIRD");
        assertThat(run("rules", "list", "--kind", "flowspec", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(2);

        assertThat(run("rules", "show", "edge")).as("both kinds have it").isEqualTo(2);
        assertThat(err.toString()).contains("say which");
        assertThat(run("rules", "show", "edge", "--kind", "detection")).isZero();
        assertThat(out.toString()).isEqualTo(DETECTION_YAML);
        assertThat(run("rules", "show", "edge", "--kind", "flowspec")).isZero();
        assertThat(out.toString()).contains("\"flowbench-flowspec\"").contains("203.0.113.10/32");

        Path exported = dir.resolve("out.yaml");
        assertThat(run("rules", "export", "edge", exported.toString(), "--kind", "detection")).as(err.toString()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(DETECTION_YAML);
        assertThat(RuleFiles.read(exported).rules()).hasSize(1);
        assertThat(run("rules", "export", "edge", exported.toString(), "--kind", "detection")).isEqualTo(2);
        assertThat(err.toString()).contains("--force");

        assertThat(run("rules", "save", yaml.toString())).as("name taken").isEqualTo(2);
        assertThat(err.toString()).contains("already has a detection rule set named 'edge'");
        Files.writeString(yaml, DETECTION_YAML.replace("bps > 1M", "bps > 2M"));
        assertThat(run("rules", "save", yaml.toString(), "--replace")).isZero();
        assertThat(run("rules", "show", "edge", "--kind", "detection")).isZero();
        assertThat(out.toString()).contains("bps > 2M");

        Path bad = Files.writeString(dir.resolve("bad.yaml"), DETECTION_YAML.replace("window: 10s", "window: soon"));
        assertThat(run("rules", "save", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml: rules[0].window");
        assertThat(run("rules", "save", dir.resolve("missing.json").toString())).isEqualTo(3);
        assertThat(run("rules", "save", yaml.toString(), "--kind", "routing")).isEqualTo(2);

        assertThat(run("rules", "rename", "edge", "core", "--kind", "flowspec")).as(err.toString()).isZero();
        assertThat(run("rules", "show", "edge")).as("only one left").isZero();
        assertThat(run("rules", "delete", "core")).isZero();
        assertThat(out.toString()).contains("deleted flowspec rule set 'core'");
        assertThat(run("rules", "delete", "core")).isEqualTo(3);
        assertThat(err.toString()).contains("no rule set named 'core'");
        assertThat(run("rules", "list", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).hasSize(2);
    }

    @Test
    void detectReportAndSimulateTakeASavedSet() throws Exception {
        Path ntp = Path.of("pcap-samples/ntp-amplification.pcap");
        Assumptions.assumeTrue(Files.isRegularFile(ntp), "pcap-samples/ is not in the working directory");
        assertThat(run("import", ntp.toString())).as(err.toString()).isZero();
        Path labs = Files.writeString(dir.resolve("labs.json"), RuleFiles.write(Presets.load(Presets.DEFAULT)));
        Path flowspec = Files.writeString(dir.resolve("ntp.json"), ReportCommandTest.RULES);
        assertThat(run("rules", "save", labs.toString())).as(err.toString()).isZero();
        assertThat(run("rules", "save", flowspec.toString())).as(err.toString()).isZero();

        assertThat(run("detect", "1", "--format", "json")).as(err.toString()).isZero();
        String fromPreset = out.toString();
        assertThat(run("detect", "1", "--rules", "workspace:labs", "--format", "json")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(fromPreset);
        assertThat(run("detect", "1", "--rules", "workspace:nothing")).isEqualTo(3);
        assertThat(err.toString()).contains("no detection rule set named 'nothing'");
        assertThat(run("detect", "1", "--rules", "workspace:ntp")).as("a Flowspec set is not detection rules").isEqualTo(3);

        assertThat(run("flowspec", "simulate", "workspace:ntp", "--dataset", "1", "--format", "json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"discarded\"");
        assertThat(run("flowspec", "simulate", "workspace:labs", "--dataset", "1")).isEqualTo(3);

        Path md = dir.resolve("pm.md");
        assertThat(run("report", "--rules", "workspace:labs", "--flowspec", "workspace:ntp", "-o", md.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readString(md)).contains("workspace rule set labs").contains("workspace rule set ntp")
                .contains("## Detection");
        assertThat(run("report", "--flowspec", "workspace:missing", "-o", md.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("no flowspec rule set named 'missing'");
    }
}
