package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.ingest.ImportJob;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules on sums read {@code rollup_dst_second} when it exists (docs/decisions/0230): the alerts,
 * their windows' metric values and their vectors must be exactly those of the raw rows, which
 * the same workspace gives once that rollup's rows are deleted.
 */
class RollupWindowsTest {
    static final Path SAMPLES = Path.of("pcap-samples");
    static final List<String> SCENARIOS = List.of("syn-flood", "carpet-bombing", "ipv6-udp-flood", "ntp-amplification");

    /** Imports the named pcap-samples scenarios into the workspace; skips the test class without the samples. */
    static List<Long> importScenarios(Workspace ws, List<String> names) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        List<Long> ids = new java.util.ArrayList<>();
        for (String s : names) {
            ids.add(new ImportJob(ws).importFile(SAMPLES.resolve(s + ".pcap"), Progress.NONE, new Cancellation()).datasetId());
        }
        return ids;
    }
    @TempDir static Path dir;
    static Workspace ws;
    static List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void openWorkspace() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        ids.addAll(importScenarios(ws, SCENARIOS));
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    static RuleSet rules() throws Exception {
        List<Rule> rules = new ArrayList<>(Presets.load(Presets.DEFAULT).rules());
        // FastNetMon's thresholds are far above the scenarios' rates: lowered so its sliding windows raise alerts here
        for (Rule r : Presets.load("fastnetmon").rules()) {
            rules.add(r.withTrigger(Condition.parse("pps > 50 OR udp_bps > 100k OR syn_pps > 20 OR flows > 40")));
        }
        rules.add(new Rule("udp-per-proto", "", "proto = udp OR proto = tcp", Window.tumbling(Duration.ofSeconds(5)),
                GroupKey.parse(List.of("dst_addr", "proto")),
                Condition.parse("udp_pps > 5 OR syn_share > 0.5 OR (frag_share > 0.01 AND NOT pkt_avg > 1000)"),
                Duration.ofSeconds(10), Duration.ofSeconds(5)));
        rules.add(new Rule("per-version-sliding", "", "", Window.sliding(Duration.ofSeconds(6), Duration.ofSeconds(2)),
                GroupKey.parse(List.of("ip_version")), Condition.parse("bps >= 20k AND flows > 1 OR icmp_pps > 1 OR tcp_bps > 50k"),
                Duration.ZERO, Duration.ofSeconds(4)));
        rules.add(new Rule("syn-share", "", "", Window.tumbling(Duration.ofSeconds(2)), GroupKey.DESTINATION,
                Condition.parse("tcp_pps > 3 AND syn_share > 0.5"), null, Duration.ofSeconds(2)));
        return new RuleSet("mixed", "", rules);
    }

    @Test
    void rulesOnSumsReadTheRollup() throws Exception {
        for (Rule r : rules().rules()) {
            WindowSql w = WindowSql.of(ws.connection(), r, ScopeCompiler.FILTER_LANGUAGE.compile(r.scope()), ids, r.trigger().metrics());
            assertThat(w.readsRollup()).as(r.name()).isTrue();
        }
        Rule distinct = new Rule("d", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse("sources > 10"), null, null);
        assertThat(WindowSql.of(ws.connection(), distinct, SqlFragment.TRUE, ids, distinct.trigger().metrics()).readsRollup()).isFalse();
        Rule byPort = new Rule("p", "", "dst_port = 53", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse("pps > 10"), null, null);
        assertThat(WindowSql.of(ws.connection(), byPort, ScopeCompiler.FILTER_LANGUAGE.compile(byPort.scope()), ids,
                byPort.trigger().metrics()).readsRollup()).as("a scope on a column the rollup lacks").isFalse();
    }

    @Test
    void rollupAndRawRowsGiveTheSameAlerts() throws Exception {
        RuleSet rules = rules();
        List<List<Long>> runs = new ArrayList<>();
        for (Long id : ids) runs.add(List.of(id));
        runs.add(ids);
        List<SimulationResult> fromRollup = new ArrayList<>();
        for (List<Long> run : runs) fromRollup.add(new Simulator(ws).run(run, rules));
        assertThat(fromRollup.stream().mapToInt(r -> r.alerts().size()).sum()).as("alerts to compare").isGreaterThan(20);
        for (String rule : List.of("host-flood", "prefix-carpet", "udp-per-proto", "per-version-sliding")) {
            assertThat(fromRollup.stream().flatMap(r -> r.alerts().stream()).filter(a -> a.rule().equals(rule)))
                    .as("alerts of " + rule).isNotEmpty();
        }

        withoutRollup(() -> {
            for (int i = 0; i < runs.size(); i++) {
                SimulationResult raw = new Simulator(ws).run(runs.get(i), rules);
                assertThat(fromRollup.get(i).alerts()).as("datasets " + runs.get(i)).isEqualTo(raw.alerts());
            }
        });
    }

    @Test
    void sweepsGiveTheSamePointsFromTheRollup() throws Exception {
        RuleSet rules = rules();
        SweepAxis x = SweepAxis.parse("pps=1:300:10"), y = SweepAxis.parse("host-flood:udp_bps=10k:100k:30k");
        SweepResult one = new Sweep(ws).run(ids, rules, x, null, List.of(), new Cancellation());
        SweepResult grid = new Sweep(ws).run(ids, rules, x, y, List.of(), new Cancellation());
        assertThat(one.points().stream().map(SweepPoint::alerts).distinct().count()).as("alert counts along the sweep").isGreaterThan(1);
        withoutRollup(() -> {
            assertThat(new Sweep(ws).run(ids, rules, x, null, List.of(), new Cancellation())).isEqualTo(one);
            assertThat(new Sweep(ws).run(ids, rules, x, y, List.of(), new Cancellation())).isEqualTo(grid);
        });
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs {@code check} with rollup_dst_second emptied, so every rule reads the raw rows. */
    private static void withoutRollup(Check check) throws Exception {
        try (Statement st = ws.connection().createStatement()) {
            st.execute("CREATE TEMP TABLE kept AS SELECT * FROM rollup_dst_second");
            st.execute("DELETE FROM rollup_dst_second");
        }
        try {
            check.run();
        } finally {
            try (Statement st = ws.connection().createStatement()) {
                st.execute("INSERT INTO rollup_dst_second SELECT * FROM kept");
                st.execute("DROP TABLE kept");
            }
        }
    }
}
