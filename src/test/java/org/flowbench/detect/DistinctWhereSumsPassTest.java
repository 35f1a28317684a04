package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distinct counts computed only for windows whose sums meet the trigger's additive bound
 * (docs/decisions/0271) give the alerts, windows and values of counting them everywhere.
 */
class DistinctWhereSumsPassTest {
    @TempDir static Path dir;
    static Workspace ws;
    static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void importScenarios() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        ids.addAll(RollupWindowsTest.importScenarios(ws, List.of("syn-flood", "carpet-bombing", "dns-amplification", "ntp-amplification", "quiet-day")));
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    @Test
    void boundKeepsTheSumsAndDropsTheDistinctTerms() throws Exception {
        assertThat(AdditiveBound.of(Condition.parse("bps > 1G OR udp_bps > 200M OR (sources > 20 AND bps > 100M)"
                + " OR (countries > 10 AND bps > 100M)")).orElseThrow())
                .hasToString("bps > 1G OR udp_bps > 200M OR bps > 100M OR bps > 100M");
        assertThat(AdditiveBound.of(Condition.parse("sources > 3 AND NOT syn_share > 0.5")).orElseThrow())
                .hasToString("NOT syn_share > 0.5");
        assertThat(AdditiveBound.of(Condition.parse("sources > 10 OR pps > 100"))).as("an OR with a distinct term alone").isEmpty();
        assertThat(AdditiveBound.of(Condition.parse("NOT sources > 3 AND bps > 10k"))).as("NOT over a distinct term").isEmpty();
        assertThat(AdditiveBound.of(Condition.parse("pps > 10 AND bps > 1k"))).as("nothing to spare").isEmpty();
        assertThat(AdditiveBound.of(Condition.parse("sources > 3 AND pkt_p50 < 100"))).as("nothing left to test").isEmpty();
    }

    @Test
    void alertsEqualCountingEverywhere() throws Exception {
        List<Rule> rules = new ArrayList<>();
        Rule akvorado = Presets.load("akvorado").rules().get(0);
        rules.add(akvorado.withTrigger(Condition.parse(
                "bps > 5M OR udp_bps > 2M OR (sources > 2 AND bps > 10k) OR (countries > 0 AND bps > 5k)")));
        rules.add(new Rule("sources-and-pps", "", "", Window.tumbling(Duration.ofSeconds(5)), GroupKey.DESTINATION,
                Condition.parse("sources > 3 AND pps > 10"), Duration.ZERO, Duration.ZERO));
        rules.add(new Rule("mixed", "", "proto = udp OR proto = tcp", Window.tumbling(Duration.ofSeconds(2)),
                GroupKey.parse(List.of("dst_addr/24")),
                Condition.parse("(sources >= 2 AND syn_share > 0.5) OR (sources > 50 AND NOT pkt_avg > 1000 AND pps >= 20)"),
                Duration.ofSeconds(4), Duration.ofSeconds(2)));
        rules.add(new Rule("with-percentile", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.parse(List.of("dst_addr", "proto")),
                Condition.parse("sources > 4 AND pkt_p95 >= 100 AND bps > 20k"), Duration.ZERO, Duration.ZERO));
        int alerts = 0, windows = 0;
        for (Rule rule : rules) {
            assertThat(AdditiveBound.of(rule.trigger())).as(rule.name()).isPresent();
            for (List<Long> run : List.of(ids.subList(0, 1), ids.subList(1, 2), ids.subList(2, 3), ids.subList(3, 4), ids)) {
                List<Alert> bounded = alerts(rule, run, false), everywhere = alerts(rule, run, true);
                assertThat(bounded).as("%s over %s", rule.name(), run).isEqualTo(everywhere);
                alerts += bounded.size();
                windows += bounded.stream().mapToInt(a -> a.windows().size()).sum();
            }
        }
        assertThat(alerts).as("alerts compared").isGreaterThan(10);
        assertThat(windows).as("triggering windows compared").isGreaterThan(50);
    }

    @Test
    void sweepOverTheSumsOfADistinctRuleEqualsSeparateRuns() throws Exception {
        // the sweep's window table is bounded by its lenient trigger, each run by its own
        Rule rule = new Rule("sources-and-pps", "", "", Window.tumbling(Duration.ofSeconds(5)), GroupKey.DESTINATION,
                Condition.parse("sources > 3 AND pps > 10"), Duration.ZERO, Duration.ZERO);
        SweepAxis pps = SweepAxis.parse("pps=5:405:50");
        SweepResult sweep = new Sweep(ws).run(ids, RuleSet.of(rule), pps, null, List.of(), new Cancellation());
        int withAlerts = 0;
        for (SweepPoint p : sweep.points()) {
            Rule at = rule.withTrigger(rule.trigger().withThreshold(Metric.PPS, p.values().get(0)));
            SimulationResult run = new Simulator(ws).run(ids, RuleSet.of(at));
            assertThat(p.alerts()).as("alerts at %s", p.values()).isEqualTo(run.alerts().size());
            assertThat(p.alertingKeys()).as("keys at %s", p.values()).isEqualTo(run.alertingKeys().size());
            if (p.alerts() > 0) withAlerts++;
        }
        assertThat(withAlerts).isGreaterThan(2);
    }

    private static List<Alert> alerts(Rule rule, List<Long> datasets, boolean countEverywhere) throws Exception {
        SqlFragment scope = ScopeCompiler.FILTER_LANGUAGE.compile(rule.scope());
        WindowSql windows = WindowSql.of(ws.connection(), rule, scope, datasets, rule.trigger().metrics());
        if (countEverywhere) windows.withoutAdditiveBound();
        List<Alert> out = new ArrayList<>();
        SqlText source = new SqlText().add("(").add(windows.build()).add(")");
        WindowRows.stream(ws.connection(), source, rule, rule.trigger(), windows.metrics(), new AlertTracker(rule, true, out::add),
                Cancellation.none());
        return out;
    }
}
