package org.flowbench.ui.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedRuleSetsViewModelTest {
    static final String YAML = """
            name: edge
            rules:
              - name: udp
                scope: proto = 17
                window: 10s
                trigger: bps > 1M
            """;

    @TempDir Path dir;
    Workspace ws;
    SavedRuleSetsViewModel vm;
    final List<StoredRuleSet> done = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        StoreRuleSetServices services = new StoreRuleSetServices(ws);
        vm = new SavedRuleSetsViewModel(RuleSetKind.DETECTION, () -> services, new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void savesListsAndOpensByName() {
        vm.refresh();
        assertThat(vm.sets()).isEmpty();
        vm.nameProperty().set("  edge ");
        vm.save(YAML, "rules.yaml", done::add);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(done).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("edge");
            assertThat(s.format()).isEqualTo("yaml");
            assertThat(s.text()).isEqualTo(YAML);
        });
        assertThat(vm.sets()).extracting(StoredRuleSet::name).containsExactly("edge");
        assertThat(vm.busyProperty().get()).isFalse();

        vm.nameProperty().set("");
        vm.selectedProperty().set(vm.sets().get(0));
        assertThat(vm.nameProperty().get()).as("choosing a row names it").isEqualTo("edge");
        vm.open(done::add);
        assertThat(done).hasSize(2);
        assertThat(done.get(1).text()).isEqualTo(YAML);
    }

    @Test
    void problemsAreShownNotThrownAndATakenNameNeedsReplace() {
        vm.save(YAML, "rules.yaml", done::add);
        assertThat(vm.errorProperty().get()).isEqualTo("Give the rule set a name");
        vm.open(done::add);
        assertThat(vm.errorProperty().get()).isEqualTo("Choose a saved rule set");

        vm.nameProperty().set("edge");
        vm.save(YAML.replace("bps > 1M", "bps >"), "rules.yaml", done::add);
        assertThat(vm.errorProperty().get()).startsWith("rules.yaml: rules[0].trigger (line 6");
        vm.refresh();
        assertThat(vm.sets()).as("nothing stored").isEmpty();

        vm.save(YAML, "rules.yaml", done::add);
        vm.save(YAML.replace("1M", "2M"), "rules.yaml", done::add);
        assertThat(vm.errorProperty().get())
                .isEqualTo("the workspace already has a detection rule set named 'edge': tick Replace, or choose another name");
        vm.replaceProperty().set(true);
        vm.save(YAML.replace("1M", "2M"), "rules.yaml", done::add);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(done).hasSize(2);
        assertThat(done.get(1).text()).contains("2M");

        vm.nameProperty().set("missing");
        vm.open(done::add);
        assertThat(vm.errorProperty().get()).isEqualTo("no detection rule set named 'missing' in the workspace");
        assertThat(done).hasSize(2);
    }

    @Test
    void withoutAWorkspaceTheFormSaysSo() {
        SavedRuleSetsViewModel none = new SavedRuleSetsViewModel(RuleSetKind.FLOWSPEC, () -> RuleSetServices.UNAVAILABLE,
                new SameThreadTaskRunner());
        none.refresh();
        assertThat(none.sets()).isEmpty();
        none.nameProperty().set("x");
        none.save("{}", "rules.json", done::add);
        assertThat(none.errorProperty().get()).isEqualTo("saved rule sets need an open workspace");
        assertThat(done).isEmpty();
    }
}
