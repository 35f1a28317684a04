package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulation model on hand-computed rows: first match, terminal bit, per-second rate limits, split, series. */
class ImpactSimulatorTest {
    static final SqlFragment TO_VICTIM = PrefixSql.within("dst_addr", IpPrefix.parse("192.0.2.1"));
    static final SqlFragment UDP = SqlFragment.of("proto = ?", 17);
    static final TrafficSplit ATTACK_IS_UDP_TO_VICTIM = TrafficSplit.attack(TO_VICTIM.and(UDP));

    @TempDir Path dir;
    Workspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static SimulatedRule rule(String label, SqlFragment match, RuleEffect effect) {
        return new SimulatedRule(label, match, effect, false, false);
    }

    ImpactReport run(long id, TrafficSplit split, SimulatedRule... rules) throws Exception {
        return new ImpactSimulator(ws).simulate(ImpactRequest.of(id, TimeWindow.ALL, split).withFocus(TO_VICTIM),
                List.of(rules), "test");
    }

    @Test
    void discardDropsWhatItMatchesAndCountsCollateral() throws Exception {
        long id = new Rows()
                .row().src("10.0.0.1").volume(10, 5000)                   // attack
                .row().src("10.0.0.2").volume(5, 2500)                    // attack
                .row().src("10.0.0.3").proto(6).ports(1234, 443).volume(4, 400)   // legit TCP to the victim
                .row().src("10.0.0.3").dst("192.0.2.2").volume(3, 300)   // legit elsewhere
                .writeTo(ws);
        ImpactReport r = run(id, ATTACK_IS_UDP_TO_VICTIM, rule("victim", TO_VICTIM, RuleEffect.DISCARD));

        assertThat(r.total()).isEqualTo(new SplitVolume(new Volume(15, 7500), new Volume(7, 700)));
        ImpactFigures f = r.rules().get(0).figures();
        assertThat(f.matched()).isEqualTo(new SplitVolume(new Volume(15, 7500), new Volume(4, 400)));
        assertThat(f.discarded()).isEqualTo(f.matched());
        assertThat(f.rateLimited()).isEqualTo(SplitVolume.ZERO);
        assertThat(f.legitSourcesHit()).isEqualTo(1);
        assertThat(f.legitDestinationsHit()).isEqualTo(1);
        assertThat(r.set()).isEqualTo(f);
        assertThat(r.attackPacketsDroppedShare()).isEqualTo(1.0);
        assertThat(r.legitPacketsDroppedShare()).isEqualTo(4.0 / 7);
        assertThat(r.focus()).containsExactly(new FocusSample(Instant.ofEpochSecond(Rows.T0), new Volume(19, 7900), Volume.ZERO));
        assertThat(r.splitKnown()).isTrue();
        assertThat(r.estimate()).isFalse();
    }

    @Test
    void rateLimitDropsTheBytesAboveTheRateEachSecondAndPacketsInProportion() throws Exception {
        long id = new Rows()
                .row().at(0).volume(6, 600).row().at(0).src("10.0.0.9").volume(4, 400)    // exactly 1000 B/s: nothing dropped
                .row().at(1).volume(20, 2000)                                             // 1000 above: half dropped
                .row().at(2).volume(40, 4000).row().at(2).proto(6).volume(10, 1000)     // 4000 above, 1/5 passes
                .writeTo(ws);
        ImpactReport r = run(id, ATTACK_IS_UDP_TO_VICTIM, rule("1000 B/s", TO_VICTIM, RuleEffect.bytesPerSecond(1000)));

        ImpactFigures f = r.set();
        assertThat(f.discarded()).isEqualTo(SplitVolume.ZERO);
        assertThat(f.rateLimited().attack().bytes()).isCloseTo(1000 + 4000 * 0.8, within(1e-9));
        assertThat(f.rateLimited().attack().packets()).isCloseTo(10 + 40 * 0.8, within(1e-9));
        assertThat(f.rateLimited().legit().packets()).isCloseTo(8, within(1e-9));  // the policer hits legit TCP too
        assertThat(f.legitSourcesHit()).isEqualTo(1);
        assertThat(r.series()).hasSize(3);
        assertThat(r.series().get(0).dropped()).isEqualTo(SplitVolume.ZERO);
        assertThat(r.series().get(1).dropped().attack().packets()).isCloseTo(10, within(1e-9));
        assertThat(r.focus().get(2).after().bytes()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void packetRateLimitDropsPacketsAboveTheRateAndBytesInProportion() throws Exception {
        long id = new Rows().row().at(0).volume(10, 1000).row().at(1).volume(30, 6000).writeTo(ws);
        ImpactReport r = run(id, TrafficSplit.none(), rule("10 pps", TO_VICTIM, RuleEffect.packetsPerSecond(10)));
        assertThat(r.set().rateLimited().legit().packets()).isCloseTo(20, within(1e-9));
        assertThat(r.set().rateLimited().legit().bytes()).isCloseTo(4000, within(1e-9));
        assertThat(r.splitKnown()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.contains("not told apart"));
    }

    @Test
    void firstMatchingRuleWinsWhenItEndsEvaluation() throws Exception {
        long id = new Rows().row().volume(10, 1000).row().proto(6).volume(1, 40).writeTo(ws);
        ImpactReport r = run(id, ATTACK_IS_UDP_TO_VICTIM,
                rule("accept udp", TO_VICTIM.and(UDP), RuleEffect.PASS),
                rule("discard victim", TO_VICTIM, RuleEffect.DISCARD));
        assertThat(r.rules().get(0).figures().matched().total()).isEqualTo(new Volume(10, 1000));
        assertThat(r.rules().get(0).figures().dropped()).isEqualTo(SplitVolume.ZERO);
        // the UDP row never reaches rule 2
        assertThat(r.rules().get(1).figures().matched().total()).isEqualTo(new Volume(1, 40));
        assertThat(r.set().dropped().total()).isEqualTo(new Volume(1, 40));
    }

    @Test
    void terminalBitSetLetsLaterRulesApplyToo() throws Exception {
        long id = new Rows().row().volume(10, 1000).row().proto(6).volume(1, 40).writeTo(ws);
        ImpactReport r = run(id, ATTACK_IS_UDP_TO_VICTIM,
                new SimulatedRule("sample udp, go on", TO_VICTIM.and(UDP), RuleEffect.PASS, true, false),
                rule("discard victim", TO_VICTIM, RuleEffect.DISCARD));
        assertThat(r.rules().get(0).figures().matched().total()).isEqualTo(new Volume(10, 1000));
        assertThat(r.rules().get(1).figures().matched().total()).isEqualTo(new Volume(11, 1040));
        assertThat(r.set().matched().total()).isEqualTo(new Volume(11, 1040));   // each row once in the set
        assertThat(r.set().discarded().total()).isEqualTo(new Volume(11, 1040));
    }

    @Test
    void continuingRuleAfterTheStoppingRuleIsNeverReached() throws Exception {
        long id = new Rows().row().volume(10, 1000).writeTo(ws);
        ImpactReport r = run(id, TrafficSplit.none(),
                rule("accept victim", TO_VICTIM, RuleEffect.PASS),
                new SimulatedRule("discard, go on", TO_VICTIM, RuleEffect.DISCARD, true, false));
        assertThat(r.rules().get(1).figures().matched().total()).isEqualTo(Volume.ZERO);
        assertThat(r.set().dropped().total()).isEqualTo(Volume.ZERO);
    }

    @Test
    void volumesAreScaledBySamplingRateAndFlowRecordsWithLengthConditionsAreAnEstimate() throws Exception {
        long id = new Rows().row().volume(2, 3000).sampling(1000).exported().writeTo(ws);
        ImpactReport r = run(id, ATTACK_IS_UDP_TO_VICTIM,
                new SimulatedRule("len", SqlFragment.of("pkt_len >= ?", 1000), RuleEffect.DISCARD, false, true));
        assertThat(r.set().discarded().attack()).isEqualTo(new Volume(2000, 3_000_000));
        assertThat(r.estimate()).isTrue();
        assertThat(r.notes()).anyMatch(n -> n.contains("mean packet size")).anyMatch(n -> n.contains("1:1000"));
    }

    @Test
    void timeWindowIsHalfOpenAndRulesOutsideItSeeNothing() throws Exception {
        long id = new Rows().row().at(0).row().at(1).row().at(2).writeTo(ws);
        ImpactReport r = new ImpactSimulator(ws).simulate(ImpactRequest.of(id,
                new TimeWindow(Instant.ofEpochSecond(Rows.T0 + 1), Instant.ofEpochSecond(Rows.T0 + 2)), TrafficSplit.none()),
                List.of(rule("all", SqlFragment.TRUE, RuleEffect.DISCARD)), "t");
        assertThat(r.total().total()).isEqualTo(new Volume(1, 100));
        assertThat(r.series()).extracting(SecondSample::second).containsExactly(Instant.ofEpochSecond(Rows.T0 + 1));
    }

    @Test
    void rtbhDropsEverythingToTheVictimPrefix() throws Exception {
        long id = new Rows().row().proto(6).row().dst("192.0.2.200").row().dst("198.51.100.1").writeTo(ws);
        ImpactReport r = new ImpactSimulator(ws).simulateRtbh(ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()),
                IpPrefix.parse("192.0.2.0/24"));
        assertThat(r.set().discarded().total()).isEqualTo(new Volume(2, 200));
        assertThat(r.subject()).contains("65535:666");
    }

    @Test
    void legitimateFilterMakesEverythingElseAttack() throws Exception {
        long id = new Rows().row().volume(3, 300).row().proto(6).volume(1, 40).writeTo(ws);
        ImpactReport r = run(id, TrafficSplit.legitimate(SqlFragment.of("proto = ?", 6)), rule("v", TO_VICTIM, RuleEffect.DISCARD));
        assertThat(r.set().discarded()).isEqualTo(new SplitVolume(new Volume(3, 300), new Volume(1, 40)));
    }

    @Test
    void perRuleSeriesWhenAskedFor() throws Exception {
        long id = new Rows().row().at(0).row().at(5).writeTo(ws);
        ImpactReport r = new ImpactSimulator(ws).simulate(ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()).withPerRuleSeries(),
                List.of(rule("v", TO_VICTIM, RuleEffect.DISCARD)), "t");
        assertThat(r.rules().get(0).series()).extracting(SecondSample::second)
                .containsExactly(Instant.ofEpochSecond(Rows.T0), Instant.ofEpochSecond(Rows.T0 + 5));
    }

    @Test
    void aCancelledSimulationStopsWithACancellation() throws Exception {
        long id = new Rows().row().src("10.0.0.1").volume(10, 5000).writeTo(ws);
        org.flowbench.task.Cancellation cancel = new org.flowbench.task.Cancellation();
        cancel.cancel();
        ImpactSimulator simulator = new ImpactSimulator(ws, cancel);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> simulator.simulate(
                        ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()), List.of(rule("victim", TO_VICTIM, RuleEffect.DISCARD)), "test"))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
