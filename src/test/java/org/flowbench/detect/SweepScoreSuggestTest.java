package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flowbench.detect.DetectFixture.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.task.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture, worked by hand. 10 s tumbling windows, destination 203.0.113.10:
 * [0,10) 10 pps 40 kbit/s, [10,20) 20 pps 80 kbit/s, [20,30) 5 pps 20 kbit/s;
 * destination 203.0.113.99: [10,20) 1 pps 4 kbit/s. Data from second 1 to 25 (span [1,26)).
 * The labelled attack hits 203.0.113.10 during [10,20).
 */
class SweepScoreSuggestTest {
    @TempDir java.nio.file.Path dir;

    static Instant at(long s) { return Instant.ofEpochSecond(T0 + s); }

    static DetectFixture fixture(java.nio.file.Path dir) throws Exception {
        DetectFixture f = new DetectFixture(dir);
        f.udp(1, "192.0.2.1", "203.0.113.10", 60, 30_000).udp(9, "192.0.2.2", "203.0.113.10", 40, 20_000)
                .udp(10, "192.0.2.1", "203.0.113.10", 200, 100_000)
                .udp(25, "192.0.2.1", "203.0.113.10", 50, 25_000)
                .udp(12, "192.0.2.1", "203.0.113.99", 10, 5_000);
        return f;
    }

    static final Incident ATTACK = new Incident(0, null, "flood", IncidentKind.ATTACK, at(10), at(20), "203.0.113.10", null, null);

    static Rule rule(String trigger) throws Exception {
        return new Rule("r", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse(trigger), Duration.ZERO, Duration.ZERO);
    }

    @Test
    void scoreOfOneRun() throws Exception {
        try (DetectFixture f = fixture(dir)) {
            SimulationResult r = f.simulator().run(List.of(f.dataset), RuleSet.of(rule("pps > 0")));
            // alerts: .10 over [0,30) (true: covers the victim during the attack), .99 over [10,20) (false: other host)
            Score s = Scorer.score(r.alerts(), List.of(ATTACK), r.span());
            assertThat(r.span()).isEqualTo(new DataSpan(at(1), at(26)));
            assertThat(s.alerts()).isEqualTo(2);
            assertThat(s.trueAlerts()).isEqualTo(1);
            assertThat(s.precision()).isEqualTo(0.5);
            assertThat(s.recall()).isEqualTo(1.0);
            // outside: .10 clipped to [1,26) is 25 s, minus the attack's 10 s = 15 s; .99 10 s. 25 s in all
            assertThat(s.alertMinutesOutside()).isEqualTo(25 / 60.0);
            // the .10 alert's first window [0,10) ends at 10, the attack's start: detected at once
            assertThat(s.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.detected()).isTrue();
                assertThat(o.timeToDetect()).isEqualTo(Duration.ZERO);
            });
            assertThat(Scorer.score(List.of(), List.of(ATTACK), r.span()).precision()).isNull();
        }
    }

    @Test
    void sweepOneThreshold() throws Exception {
        try (DetectFixture f = fixture(dir)) {
            SweepResult r = new Sweep(f.ws, DetectFixture.scopes(java.util.Map.of())).run(List.of(f.dataset),
                    RuleSet.of(rule("pps > 1")), SweepAxis.parse("pps=0:25:5"), null, List.of(ATTACK), new Cancellation());
            // pps > t: t=0 both hosts; t=5 .10's 10 and 20 pps windows; t=10,15 only the 20 pps one; t>=20 none (strict)
            assertThat(r.points()).extracting(p -> p.values().get(0), SweepPoint::alerts, SweepPoint::alertingKeys)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 2, 2), org.assertj.core.groups.Tuple.tuple(5.0, 1, 1),
                            org.assertj.core.groups.Tuple.tuple(10.0, 1, 1), org.assertj.core.groups.Tuple.tuple(15.0, 1, 1),
                            org.assertj.core.groups.Tuple.tuple(20.0, 0, 0), org.assertj.core.groups.Tuple.tuple(25.0, 0, 0));
            // at t=10 the alert is the [10,20) window: detected at its end, 10 s after the attack's start
            assertThat(r.points().get(2).score().outcomes().get(0).timeToDetect()).isEqualTo(Duration.ofSeconds(10));
            assertThat(r.points().get(2).score().precision()).isEqualTo(1.0);
            assertThat(r.points().get(4).score().recall()).isEqualTo(0.0);
        }
    }

    @Test
    void sweepAGrid() throws Exception {
        try (DetectFixture f = fixture(dir)) {
            SweepResult r = new Sweep(f.ws, DetectFixture.scopes(java.util.Map.of())).run(List.of(f.dataset),
                    RuleSet.of(rule("pps > 1 AND bps > 1")), SweepAxis.parse("r:pps=0:10:10"), SweepAxis.parse("bps=0:40k:40k"),
                    List.of(), new Cancellation());
            // (0,0): .10 all windows + .99; (0,40k): only 80 kbit/s; (10,0): only 20 pps; (10,40k): the same window
            assertThat(r.points()).extracting(SweepPoint::values, SweepPoint::alerts).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(List.of(0.0, 0.0), 2),
                    org.assertj.core.groups.Tuple.tuple(List.of(0.0, 40_000.0), 1),
                    org.assertj.core.groups.Tuple.tuple(List.of(10.0, 0.0), 1),
                    org.assertj.core.groups.Tuple.tuple(List.of(10.0, 40_000.0), 1));
            assertThat(r.points().get(0).score().recall()).isNull();
        }
    }

    @Test
    void sweepAxisSyntax() {
        SweepAxis a = SweepAxis.parse("host-flood:udp_bps=10k:50k:10k");
        assertThat(a.rule()).isEqualTo("host-flood");
        assertThat(a.values()).containsExactly(10e3, 20e3, 30e3, 40e3, 50e3);
        assertThat(SweepAxis.parse("pps=0.1:0.3:0.1").values()).hasSize(3);
        assertThatThrownBy(() -> SweepAxis.parse("ppx=1:2:1")).hasMessageContaining("unknown metric");
        assertThatThrownBy(() -> SweepAxis.parse("pps=5:1:1")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> SweepAxis.parse("pps=1:2")).hasMessageContaining("FROM:TO:STEP");
    }

    @Test
    void suggestionsFromQuietWindows() throws Exception {
        try (DetectFixture f = fixture(dir)) {
            List<Suggestion> s = new Suggester(f.ws, DetectFixture.scopes(java.util.Map.of())).suggest(List.of(f.dataset), "",
                    Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION, List.of(ATTACK), 2, 10);
            // quiet windows exclude [10,20): .10 keeps 10 and 5 pps (40 and 20 kbit/s); .99 had traffic only then
            assertThat(s).singleElement().satisfies(x -> {
                assertThat(x.key().display()).isEqualTo("203.0.113.10");
                assertThat(x.quietWindows()).isEqualTo(2);
                // linear interpolation between 5 and 10: p50 7.5, p95 9.75, p99 9.95
                assertThat(x.pps().p50()).isEqualTo(7.5);
                assertThat(x.pps().p95()).isCloseTo(9.75, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(x.pps().p99()).isCloseTo(9.95, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(x.pps().max()).isEqualTo(10.0);
                assertThat(x.suggestedPps()).isEqualTo(20.0); // 2 x 10 = 20, already round
                assertThat(x.ppsMargin()).isEqualTo(2.0);
                assertThat(x.suggestedBps()).isEqualTo(100_000.0); // 2 x 40k = 80k, rounded up to 100k
                assertThat(x.bpsMargin()).isEqualTo(2.5);
            });
        }
    }
}
