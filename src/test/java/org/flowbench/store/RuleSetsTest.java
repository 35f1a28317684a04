package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {
    @TempDir Path dir;

    private static StoredRuleSet set(String name, RuleSetKind kind, String text) {
        return StoredRuleSet.unsaved(name, kind, "json", text, 2, "a note");
    }

    @Test
    void savesListsLoadsRenamesAndDeletes() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            RuleSets sets = ws.ruleSets();
            StoredRuleSet saved = sets.save(set("edge", RuleSetKind.DETECTION, "{\"rules\": []}"), false);
            sets.save(set("edge", RuleSetKind.FLOWSPEC, "{\"flowbench-flowspec\": 1}"), false);
            sets.save(set("Alpha", RuleSetKind.DETECTION, "{}"), false);

            assertThat(saved.created()).isNotNull().isEqualTo(saved.updated());
            assertThat(sets.list()).extracting(StoredRuleSet::kind, StoredRuleSet::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(RuleSetKind.DETECTION, "Alpha"),
                    org.assertj.core.groups.Tuple.tuple(RuleSetKind.DETECTION, "edge"),
                    org.assertj.core.groups.Tuple.tuple(RuleSetKind.FLOWSPEC, "edge"));
            assertThat(sets.list(RuleSetKind.FLOWSPEC)).extracting(StoredRuleSet::name).containsExactly("edge");
            assertThat(sets.find(RuleSetKind.DETECTION, "edge")).contains(saved);
            assertThat(sets.named("edge")).hasSize(2);

            assertThat(sets.rename(RuleSetKind.DETECTION, "edge", "core")).isTrue();
            assertThat(sets.find(RuleSetKind.DETECTION, "edge")).isEmpty();
            StoredRuleSet renamed = sets.find(RuleSetKind.DETECTION, "core").orElseThrow();
            assertThat(renamed.text()).isEqualTo(saved.text());
            assertThat(renamed.created()).isEqualTo(saved.created());
            assertThat(sets.rename(RuleSetKind.DETECTION, "missing", "x")).isFalse();
            assertThatThrownBy(() -> sets.rename(RuleSetKind.DETECTION, "core", "Alpha"))
                    .isInstanceOf(RuleSetNameTakenException.class).hasMessageContaining("'Alpha'");

            assertThat(sets.delete(RuleSetKind.DETECTION, "core")).isTrue();
            assertThat(sets.delete(RuleSetKind.DETECTION, "core")).isFalse();
            assertThat(sets.find(RuleSetKind.FLOWSPEC, "edge")).as("the other kind's set of that name stays").isPresent();
        }
    }

    @Test
    void aTakenNameIsRefusedUnlessOverwriteIsAskedAndReplacingKeepsTheCreationTime() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            RuleSets sets = ws.ruleSets();
            StoredRuleSet first = sets.save(set("edge", RuleSetKind.DETECTION, "first"), false);
            assertThatThrownBy(() -> sets.save(set("edge", RuleSetKind.DETECTION, "second"), false))
                    .isInstanceOf(RuleSetNameTakenException.class)
                    .hasMessage("the workspace already has a detection rule set named 'edge'");
            assertThat(sets.find(RuleSetKind.DETECTION, "edge").orElseThrow().text()).isEqualTo("first");

            Thread.sleep(5);
            StoredRuleSet second = sets.save(StoredRuleSet.unsaved("edge", RuleSetKind.DETECTION, "yaml", "second", 7, ""), true);
            StoredRuleSet stored = sets.find(RuleSetKind.DETECTION, "edge").orElseThrow();
            assertThat(stored).isEqualTo(second);
            assertThat(stored.text()).isEqualTo("second");
            assertThat(stored.format()).isEqualTo("yaml");
            assertThat(stored.ruleCount()).isEqualTo(7);
            assertThat(stored.created()).isEqualTo(first.created());
            assertThat(stored.updated()).isAfter(first.updated());
            assertThat(sets.list()).hasSize(1);
        }
    }

    @Test
    void textWithQuotesSemicolonsAndSqlTravelsAsBoundParameters() throws Exception {
        String nasty = "{\"name\": \"it's; DROP TABLE flows; --\", \"x\": \"a'';\\n\"}\n-- 'quoted' \"double\" ;";
        String name = "o'brien; DELETE FROM rule_sets; --";
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            ws.ruleSets().save(set(name, RuleSetKind.DETECTION, nasty), false);
            assertThat(ws.ruleSets().find(RuleSetKind.DETECTION, name).orElseThrow().text()).isEqualTo(nasty);
            assertThat(ws.ruleSets().rename(RuleSetKind.DETECTION, name, name + "'2")).isTrue();
            try (Statement st = ws.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM flows")) {
                assertThat(rs.next()).as("flows table still there").isTrue();
            }
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            assertThat(ws.ruleSets().find(RuleSetKind.DETECTION, name + "'2").orElseThrow().text()).isEqualTo(nasty);
        }
    }

    @Test
    void anOlderWorkspaceGetsTheRuleSetsTableWhenOpened() throws Exception {
        Path file = dir.resolve("older.duckdb");
        long id;
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement()) {
            id = ws.datasets().create("old.pcap", "file", 0, null, "packets");
            // what a workspace written before migration 5 looks like (6, the heavy-key rollup, came later)
            st.execute("DROP TABLE rule_sets");
            st.execute("DROP TABLE rollup_heavy_second");
            st.execute("DROP TABLE rollup_heavy_bound");
            st.execute("DELETE FROM schema_version WHERE version >= 5");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(Migrations.currentVersion(ws.connection())).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(5);
            assertThat(ws.ruleSets().list()).isEmpty();
            ws.ruleSets().save(set("edge", RuleSetKind.FLOWSPEC, "{}"), false);
            assertThat(ws.datasets().get(id)).as("older data kept").isPresent();
        }
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(ws.ruleSets().list()).extracting(StoredRuleSet::name).containsExactly("edge");
        }
    }
}
