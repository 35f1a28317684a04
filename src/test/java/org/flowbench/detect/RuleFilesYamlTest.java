package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule files in YAML: the same fields and checks as JSON, errors at their line and column. */
class RuleFilesYamlTest {
    static final String GOOD = """
            name: lab
            rules:
              - name: hosts
                scope: proto = UDP
                window: {length: 30s, mode: sliding, step: 5s}
                key: [dst_addr, src_port]
                trigger: udp_bps > 200M AND sources > 20
                hold: 5m
                release: 1m30s
            """;

    @TempDir Path dir;

    @Test
    void readsTheSameRuleAsTheJsonFile() throws Exception {
        assertThat(RuleFiles.parse(GOOD, "lab.yaml")).isEqualTo(RuleFiles.parse(RuleFilesTest.GOOD, "lab.json"));
        Rule r = RuleFiles.parse(GOOD, "lab.yml").rules().get(0);
        assertThat(r.window()).isEqualTo(Window.sliding(Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(r.release()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void everyPresetRoundTripsThroughYamlFiles() throws Exception {
        for (String name : Presets.names()) {
            RuleSet set = Presets.load(name);
            Path file = dir.resolve(name + ".yaml");
            RuleFiles.write(file, set);
            String text = Files.readString(file);
            assertThat(text).as(name).doesNotStartWith("{").doesNotStartWith("---").contains("rules:");
            assertThat(RuleFiles.read(file)).as(name).isEqualTo(set);
            Path json = dir.resolve(name + ".JSON");
            RuleFiles.write(json, set);
            assertThat(Files.readString(json)).startsWith("{");
            assertThat(RuleFiles.read(json)).isEqualTo(set);
        }
    }

    @Test
    void formatFollowsTheExtension() {
        assertThat(RuleFileFormat.of("a.yaml")).isEqualTo(RuleFileFormat.YAML);
        assertThat(RuleFileFormat.of("/x/RULES.YML")).isEqualTo(RuleFileFormat.YAML);
        assertThat(RuleFileFormat.of("a.json")).isEqualTo(RuleFileFormat.JSON);
        assertThat(RuleFileFormat.of("preset training-labs")).isEqualTo(RuleFileFormat.JSON);
        assertThat(RuleFileFormat.of(Path.of("r.yml"))).isEqualTo(RuleFileFormat.YAML);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // text, path, line, column, message part
                Arguments.of(GOOD.replace("trigger: udp_bps > 200M AND sources", "trigger: udp_bps > 200M AND sourcez"),
                        "rules[0].trigger", 7, 33, "unknown metric 'sourcez'"),
                Arguments.of(GOOD.replace("trigger: udp_bps > 200M AND sources > 20", "trigger: \"udp_bps >> 1\""),
                        "rules[0].trigger", 7, 24, "column 10"),
                Arguments.of(GOOD.replace("hold: 5m", "hodl: 5m"), "rules[0].hodl", 8, 5, "unknown field"),
                Arguments.of(GOOD.replace("mode: sliding", "mode: slidding"), "rules[0].window.mode", 5, 33, "\"slidding\""),
                Arguments.of(GOOD.replace("scope: proto = UDP", "scope: proto == UDP"), "rules[0].scope", 4, 12, ""),
                Arguments.of(GOOD.replace("release: 1m30s", "release: 90 seconds"), "rules[0].release", 9, 14, ""),
                Arguments.of(GOOD.replace("  - name: hosts\n", "  - description: no name\n"), "rules[0].name", 3, 5, "expected text"),
                Arguments.of("name: x\nrules: []\n", "rules", 2, 8, "non-empty array"),
                Arguments.of("name: x\nrules:\n  - name: [unclosed\n", "", 3, 20, "not valid YAML"));
    }

    @ParameterizedTest(name = "{1} at {2}:{3}")
    @MethodSource("errors")
    void errorsCarryPathLineAndColumn(String text, String path, int line, int column, String message) {
        assertThatThrownBy(() -> RuleFiles.parse(text, "lab.yaml"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
                    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("lab.yaml").contains("(line " + line + ", column " + column + ")")
                            .contains(message);
                });
    }

    @Test
    void jsonValueErrorsAreLocatedToo() {
        assertThatThrownBy(() -> RuleFiles.parse(RuleFilesTest.GOOD.replace("\"hold\"", "\"hodl\""), "lab.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(3);
                });
    }
}
