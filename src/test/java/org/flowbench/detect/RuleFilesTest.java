package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFilesTest {
    static final String GOOD = """
            {"name": "lab", "rules": [{
              "name": "hosts", "scope": "proto = UDP", "window": {"length": "30s", "mode": "sliding", "step": "5s"},
              "key": ["dst_addr", "src_port"], "trigger": "udp_bps > 200M AND sources > 20",
              "hold": "5m", "release": "1m30s"}]}
            """;

    @Test
    void readsEveryField() throws Exception {
        RuleSet set = RuleFiles.parse(GOOD, "lab.json");
        Rule r = set.rules().get(0);
        assertThat(r.name()).isEqualTo("hosts");
        assertThat(r.scope()).isEqualTo("proto = UDP");
        assertThat(r.window()).isEqualTo(Window.sliding(Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(r.key().toString()).isEqualTo("dst_addr, src_port");
        assertThat(r.trigger().toString()).isEqualTo("udp_bps > 200M AND sources > 20");
        assertThat(r.hold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.release()).isEqualTo(Duration.ofSeconds(90));
        assertThat(RuleFiles.parse(RuleFiles.write(set), "again")).isEqualTo(set);
    }

    @Test
    void everyPresetLoadsAndRoundTrips() throws Exception {
        for (String name : Presets.names()) {
            RuleSet set = Presets.load(name);
            assertThat(set.name()).isEqualTo(name);
            assertThat(RuleFiles.parse(RuleFiles.write(set), name)).isEqualTo(set);
        }
        Rule akvorado = Presets.load("akvorado").rules().get(0);
        assertThat(akvorado.key().toString()).isEqualTo("dst_addr, proto, src_port");
        assertThat(akvorado.window()).isEqualTo(Window.tumbling(Duration.ofMinutes(1)));
        Rule fnm = Presets.load("fastnetmon").rules().get(0);
        assertThat(fnm.hold()).isEqualTo(Duration.ofSeconds(1900));
        assertThat(fnm.window().stepsPerWindow()).isEqualTo(5);
    }

    @Test
    void errorsNameTheFileThePathAndThePosition() {
        assertThatThrownBy(() -> RuleFiles.parse("{\"rules\": [\n  {\"name\": }]}", "bad.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("bad.json (line 2, column ").contains("not valid JSON");
                });
        String badTrigger = GOOD.replace("sources > 20", "sourcez > 20");
        assertThatThrownBy(() -> RuleFiles.parse(badTrigger, "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("rules[0].trigger");
                    // line 3 holds the trigger; its text starts at column 48, the bad metric 19 characters in
                    assertThat(e.getMessage()).contains("lab.json: rules[0].trigger (line 3, column 67): column 20: unknown metric 'sourcez'");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(67);
                    assertThat(e.getCause()).isInstanceOfSatisfying(ConditionSyntaxException.class,
                            c -> assertThat(c.offset()).isEqualTo(19));
                });
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("proto = UDP", "proto == UDP"), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.path()).isEqualTo("rules[0].scope"));
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("\"hold\"", "\"hodl\""), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("rules[0].hodl");
                    assertThat(e.getMessage()).contains("unknown field");
                });
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("\"30s\"", "\"2h\""), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.getMessage()).contains("outside 1s..1h"));
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("\"5s\"", "\"7s\""), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.getMessage()).contains("divide the window length"));
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("src_port", "src_port/24"), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.path()).isEqualTo("rules[0].key"));
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("\"1m30s\"", "\"90 seconds\""), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.path()).isEqualTo("rules[0].release"));
        assertThatThrownBy(() -> RuleFiles.parse(GOOD.replace("sources > 20", "pkt_p95 > 20"), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.getMessage()).contains("needs a tumbling window"));
        assertThatThrownBy(() -> RuleFiles.parse("{\"rules\": []}", "empty.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.path()).isEqualTo("rules"));
    }

    @Test
    void keysAcceptPrefixesAndRegistryDimensions() {
        assertThat(GroupKey.parse(List.of("dst_addr/24")).parts().get(0)).isEqualTo(KeyPart.prefix(
                org.flowbench.schema.FlowField.DST_ADDR, 24, 64));
        assertThat(GroupKey.parse(List.of("DST_ADDR/20/48", "vlan")).toString()).isEqualTo("dst_addr/20/48, vlan");
        assertThatThrownBy(() -> GroupKey.parse(List.of("packets"))).hasMessageContaining("not a dimension");
        assertThatThrownBy(() -> GroupKey.parse(List.of("dst_addr/33"))).hasMessageContaining("outside 1..32");
    }
}
