package org.flowbench.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFileFormat;
import org.flowbench.detect.RuleFiles;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.FlowbenchJson;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRuleSetsTest {
    static final String FLOWSPEC = """
            {"flowbench-flowspec": 1, "rules": [
              {"name": "ntp", "family": "ipv4",
               "match": {"destination": "198.51.100.10/32", "protocol": "=udp", "source-port": "=123"},
               "then": {"discard": true}}]}
            """;
    static final String DETECTION_YAML = """
            name: edge
            rules:
              - name: "udp; 'flood'"
                scope: proto = 17
                window: 10s
                trigger: bps > 1M
            """;

    @TempDir Path dir;

    @Test
    void detectionRulesRoundTripInTheirOwnFormat() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            var preset = Presets.load("fastnetmon");
            StoredRuleSet json = sets.saveDetection("fnm", preset, RuleFileFormat.JSON, "from the preset", false);
            assertThat(json.ruleCount()).isEqualTo(preset.rules().size());
            assertThat(json.text()).isEqualTo(RuleFiles.write(preset, RuleFileFormat.JSON));
            assertThat(sets.detection("fnm")).isEqualTo(preset);

            StoredRuleSet yaml = sets.saveText(RuleSetKind.DETECTION, "edge", DETECTION_YAML, "edge.yaml", "", false);
            assertThat(yaml.format()).isEqualTo("yaml");
            assertThat(yaml.text()).as("stored exactly as given").isEqualTo(DETECTION_YAML);
            assertThat(sets.detection("edge").rules()).extracting(r -> r.name()).containsExactly("udp; 'flood'");
            assertThat(RuleSetTexts.extension(yaml)).isEqualTo(".yaml");
        }
    }

    @Test
    void flowspecRulesAreStoredAsFlowbenchJsonWhateverDialectTheyCameIn() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            StoredRuleSet json = sets.saveText(RuleSetKind.FLOWSPEC, "ntp", FLOWSPEC, "ntp.json", "", false);
            assertThat(json.text()).isEqualTo(FLOWSPEC);
            var rules = sets.flowspec("ntp");
            assertThat(rules.size()).isEqualTo(1);

            String bird = Dialects.named("bird").orElseThrow().write(rules);
            StoredRuleSet converted = sets.saveText(RuleSetKind.FLOWSPEC, "from-bird", bird, "rules.conf", "", false);
            assertThat(converted.format()).isEqualTo("json");
            assertThat(new FlowbenchJson().read(converted.text()).rules()).hasSize(1);
            assertThat(sets.flowspec("from-bird").rules().get(0).components()).isEqualTo(rules.rules().get(0).components());
        }
    }

    @Test
    void invalidTextIsRefusedWithTheParsersMessageAndNothingIsStored() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            String badTrigger = DETECTION_YAML.replace("bps > 1M", "bps >> 1M");
            assertThatThrownBy(() -> sets.saveText(RuleSetKind.DETECTION, "bad", badTrigger, "bad.yaml", "", false))
                    .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.reason()).isEqualTo(RuleSetException.Reason.INVALID))
                    .hasMessageStartingWith("bad.yaml: rules[0].trigger (line 6");
            String badFlowspec = FLOWSPEC.replace("=udp", "=nosuchproto");
            assertThatThrownBy(() -> sets.saveText(RuleSetKind.FLOWSPEC, "bad", badFlowspec, "bad.json", "", false))
                    .isInstanceOf(RuleSetException.class).hasMessageContaining("bad.json:").hasMessageContaining("(reading as json)");
            assertThatThrownBy(() -> sets.saveText(RuleSetKind.FLOWSPEC, "bad", "hello", "bad.txt", "", false))
                    .isInstanceOf(RuleSetException.class).hasMessageContaining("not a Flowspec rule file");
            assertThat(sets.list()).isEmpty();
        }
    }

    @Test
    void namesAreCheckedPerKind() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            sets.saveText(RuleSetKind.DETECTION, "edge", DETECTION_YAML, "edge.yaml", "", false);
            assertThatThrownBy(() -> sets.saveText(RuleSetKind.DETECTION, "edge", DETECTION_YAML, "edge.yaml", "", false))
                    .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.reason()).isEqualTo(RuleSetException.Reason.NAME_TAKEN));
            sets.saveText(RuleSetKind.FLOWSPEC, "edge", FLOWSPEC, "edge.json", "", false);
            assertThatThrownBy(() -> sets.get("edge", Optional.empty())).hasMessageContaining("say which");
            assertThat(sets.get("edge", Optional.of(RuleSetKind.FLOWSPEC)).kind()).isEqualTo(RuleSetKind.FLOWSPEC);
            assertThatThrownBy(() -> sets.flowspec("nothing"))
                    .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.reason()).isEqualTo(RuleSetException.Reason.NOT_FOUND))
                    .hasMessage("no flowspec rule set named 'nothing' in the workspace");
            sets.rename(RuleSetKind.FLOWSPEC, "edge", "core");
            assertThat(sets.get("edge", Optional.empty()).kind()).isEqualTo(RuleSetKind.DETECTION);
            sets.delete(RuleSetKind.DETECTION, "edge");
            assertThatThrownBy(() -> sets.delete(RuleSetKind.DETECTION, "edge")).hasMessageContaining("no detection rule set");
        }
    }

    @Test
    void kindIsGuessedFromTheText() {
        assertThat(RuleSetTexts.guessKind(FLOWSPEC, "x.json")).isEqualTo(RuleSetKind.FLOWSPEC);
        assertThat(RuleSetTexts.guessKind(DETECTION_YAML, "x.yaml")).isEqualTo(RuleSetKind.DETECTION);
        assertThat(RuleSetTexts.guessKind(RuleFiles.write(Presets.load("akvorado")), "x.json")).isEqualTo(RuleSetKind.DETECTION);
    }
}
