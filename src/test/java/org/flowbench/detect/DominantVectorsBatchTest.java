package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts of a rule get their vectors from one query (docs/decisions/0241): each must be the
 * vector its alert gets alone, so alerts in one batch never see each other's rows.
 */
class DominantVectorsBatchTest {
    @TempDir static Path dir;
    static Workspace ws;
    static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void importScenarios() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        ids.addAll(RollupWindowsTest.importScenarios(ws, RollupWindowsTest.SCENARIOS));
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    @Test
    void everyAlertsVectorIsTheOneItGetsAlone() throws Exception {
        RuleSet rules = RollupWindowsTest.rules();
        List<Alert> alerts = new Simulator(ws).run(ids, rules).alerts();
        assertThat(alerts).hasSizeGreaterThan(10);
        assertThat(alerts.stream().map(Alert::rule).distinct().count()).as("several rules, several alerts each").isGreaterThan(3);
        DominantVectors alone = new DominantVectors(ws.connection(), ids);
        int checked = 0;
        for (Alert a : alerts) {
            Rule rule = rules.rule(a.rule()).orElseThrow();
            DominantVector own = alone.of(rule, ScopeCompiler.FILTER_LANGUAGE.compile(rule.scope()), List.of(a)).get(0);
            assertThat(a.vector()).as("alert %s %s from %s", a.rule(), a.key().display(), a.start()).isEqualTo(own);
            if (own != null) checked++;
        }
        assertThat(checked).isEqualTo(alerts.size());
    }
}
