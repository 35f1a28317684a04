package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.ImportJob;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep evaluates all its points in one pass over each window table (docs/decisions/0234):
 * every point must equal a separate run of the rule set with that point's thresholds.
 */
class SweepOnePassTest {
    @TempDir Path dir;

    @Test
    void everyPointEqualsASeparateRun() throws Exception {
        Path samples = Path.of("pcap-samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "pcap-samples/ is not in the working directory");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            List<Long> ids = new ArrayList<>();
            for (String s : List.of("syn-flood", "ntp-amplification")) {
                ids.add(new ImportJob(ws).importFile(samples.resolve(s + ".pcap"), Progress.NONE, new Cancellation()).datasetId());
            }
            Rule perHost = new Rule("per-host", "", "", Window.tumbling(Duration.ofSeconds(5)), GroupKey.DESTINATION,
                    Condition.parse("pps > 100 OR (syn_pps > 50 AND NOT bps > 50M)"), Duration.ofSeconds(10), Duration.ofSeconds(5));
            Rule sliding = new Rule("sliding", "", "proto = udp", Window.sliding(Duration.ofSeconds(6), Duration.ofSeconds(2)),
                    GroupKey.parse(List.of("dst_addr", "proto")), Condition.parse("udp_pps >= 30"), Duration.ZERO, Duration.ofSeconds(4));
            Rule fixed = new Rule("fixed", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                    Condition.parse("bps > 1M"), Duration.ZERO, Duration.ZERO);
            RuleSet rules = new RuleSet("s", "", List.of(perHost, sliding, fixed));
            SimulationResult all = new Simulator(ws).run(ids, RuleSet.of(fixed));
            List<Incident> incidents = List.of(new Incident(0, null, "x", IncidentKind.ATTACK, all.span().start(),
                    all.span().start().plusSeconds(30), null, null, null));
            // 70 points: two passes of at most 64 points
            SweepAxis pps = SweepAxis.parse("pps=10:700:10");
            SweepAxis syn = SweepAxis.parse("syn_pps=20:200:180");
            SweepResult grid = new Sweep(ws).run(ids, rules, pps, syn, incidents, new Cancellation());
            assertThat(grid.points()).hasSize(70 * 2);
            int withAlerts = 0;
            for (SweepPoint p : grid.points()) {
                List<Rule> at = new ArrayList<>();
                for (Rule r : rules.rules()) {
                    Condition t = r.trigger().withThreshold(Metric.PPS, p.values().get(0)).withThreshold(Metric.SYN_PPS, p.values().get(1));
                    at.add(r.withTrigger(t));
                }
                SimulationResult run = new Simulator(ws).run(ids, new RuleSet("s", "", at));
                assertThat(p.alerts()).as("alerts at %s", p.values()).isEqualTo(run.alerts().size());
                assertThat(p.alertingKeys()).as("keys at %s", p.values()).isEqualTo(run.alertingKeys().size());
                assertThat(p.score()).as("score at %s", p.values()).isEqualTo(Scorer.score(run.alerts(), incidents, run.span()));
                if (p.alerts() > 0) withAlerts++;
            }
            assertThat(withAlerts).as("points with alerts").isGreaterThan(3);
        }
    }
}
