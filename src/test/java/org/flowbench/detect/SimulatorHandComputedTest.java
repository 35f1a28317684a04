package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowbench.detect.DetectFixture.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny fixtures whose windows, peaks and timers are worked out by hand in the comments.
 * Rates are per second over the whole window: 10 packets in a 10 s window is 1 pps.
 */
class SimulatorHandComputedTest {
    @TempDir java.nio.file.Path dir;

    static Rule rule(String trigger, Window window, long hold, long release) throws Exception {
        return new Rule("r", "", "", window, GroupKey.DESTINATION, Condition.parse(trigger),
                Duration.ofSeconds(hold), Duration.ofSeconds(release));
    }

    static Instant at(long s) { return Instant.ofEpochSecond(T0 + s); }

    @Test
    void tumblingWindowsPeaksAndAThresholdExactlyAtTheValue() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            // window [0,10): 100 packets of 500 B -> 10 pps, 40,000 bit/s
            // window [10,20): 200 packets of 500 B -> 20 pps, 80,000 bit/s
            // window [20,30): 50 packets -> 5 pps
            f.udp(1, "192.0.2.1", "203.0.113.10", 60, 30_000).udp(9, "192.0.2.2", "203.0.113.10", 40, 20_000)
                    .udp(10, "192.0.2.1", "203.0.113.10", 200, 100_000)
                    .udp(25, "192.0.2.1", "203.0.113.10", 50, 25_000)
                    .udp(12, "192.0.2.1", "203.0.113.99", 10, 5_000);
            Window w = Window.tumbling(Duration.ofSeconds(10));

            // pps > 10 is strict: the first window (exactly 10 pps) does not trigger
            List<Alert> strict = f.run(rule("pps > 10", w, 0, 0));
            assertThat(strict).singleElement().satisfies(a -> {
                assertThat(a.key().display()).isEqualTo("203.0.113.10");
                assertThat(a.start()).isEqualTo(at(10));
                assertThat(a.detectedAt()).isEqualTo(at(20));
                assertThat(a.end()).isEqualTo(at(20));
                assertThat(a.peakPps()).isEqualTo(20.0);
                assertThat(a.peakBps()).isEqualTo(80_000.0);
                assertThat(a.windows()).extracting(TriggeredWindow::start).containsExactly(at(10));
            });

            // pps >= 10 includes the value: windows [0,10) and [10,20) are adjacent, one alert
            List<Alert> inclusive = f.run(rule("pps >= 10", w, 0, 0));
            assertThat(inclusive).singleElement().satisfies(a -> {
                assertThat(a.start()).isEqualTo(at(0));
                assertThat(a.end()).isEqualTo(at(20));
                assertThat(a.windows()).hasSize(2);
                assertThat(a.vector().proto()).isEqualTo(17);
                assertThat(a.vector().srcPort()).isEqualTo(123);
                assertThat(a.vector().medianPacketSize()).isEqualTo(500);
                assertThat(a.vector().share()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void holdAndReleaseTimers() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            // triggering windows (10 s, pps >= 1): [0,10), [30,40), [100,110)
            for (long s : new long[] {0, 30, 100}) f.udp(s, "192.0.2.1", "203.0.113.10", 10, 1000);
            Window w = Window.tumbling(Duration.ofSeconds(10));

            // no timers: three alerts, each one window long
            assertThat(f.run(rule("pps >= 1", w, 0, 0))).extracting(Alert::start, Alert::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(at(0), at(10)),
                            org.assertj.core.groups.Tuple.tuple(at(30), at(40)),
                            org.assertj.core.groups.Tuple.tuple(at(100), at(110)));

            // release 20 s: first alert would end at 10 + 20 = 30; [30,40) starts exactly then and continues it,
            // moving the end to 40 + 20 = 60; [100,110) starts after 60: a second alert ending 130
            assertThat(f.run(rule("pps >= 1", w, 0, 20))).extracting(Alert::start, Alert::lastTriggerEnd, Alert::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(at(0), at(40), at(60)),
                            org.assertj.core.groups.Tuple.tuple(at(100), at(110), at(130)));

            // hold 120 s: the first alert lasts until 0 + 120 = 120, which swallows [100,110)
            assertThat(f.run(rule("pps >= 1", w, 120, 0))).singleElement().satisfies(a -> {
                assertThat(a.end()).isEqualTo(at(120));
                assertThat(a.lastTriggerEnd()).isEqualTo(at(110));
                assertThat(a.windows()).hasSize(3);
            });
        }
    }

    @Test
    void slidingWindowsSumTheirSteps() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            // 5 s window sliding by 1 s. Packets: 10 at s=3, 20 at s=5, 30 at s=9.
            // Window ending at the end of step 3 ([-1,4)): 10 -> 2 pps; step 5 ([1,6)): 30 -> 6 pps;
            // step 9 ([5,10)): 20 + 30 = 50 -> 10 pps. Windows are evaluated at steps with traffic only.
            f.udp(3, "192.0.2.1", "203.0.113.10", 10, 1000).udp(5, "192.0.2.2", "203.0.113.10", 20, 2000)
                    .udp(9, "192.0.2.3", "203.0.113.10", 30, 3000);
            Window w = Window.sliding(Duration.ofSeconds(5), Duration.ofSeconds(1));
            // pps > 5: windows [1,6) and [5,10) trigger; they overlap, so they make one alert
            assertThat(f.run(rule("pps > 5", w, 0, 0))).extracting(Alert::start, Alert::detectedAt, Alert::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(at(1), at(6), at(10)));
            Alert a = f.run(rule("pps > 9", w, 0, 0)).get(0);
            assertThat(a.peakPps()).isEqualTo(10.0);
            assertThat(a.peakBps()).isEqualTo(5000 * 8 / 5.0);

            // distinct sources over the sliding window: at step 5 sources .1 and .2 (2), at step 9 .2 and .3 (2);
            // with a 10 s window (step 1), step 9 covers [0,10): all three
            assertThat(f.run(rule("sources >= 2", w, 0, 0))).singleElement().satisfies(x -> assertThat(x.windows())
                    .extracting(TriggeredWindow::start).containsExactly(at(1), at(5)));
            // pps > 9 AND sources >= 2 holds only in the window ending at step 9: after the 3rd packet group
            assertThat(f.run(rule("pps > 9 AND sources >= 2", w, 0, 0))).extracting(Alert::start).containsExactly(at(5));
            Window ten = Window.sliding(Duration.ofSeconds(10), Duration.ofSeconds(1));
            assertThat(f.run(rule("sources >= 3", ten, 0, 0))).singleElement()
                    .satisfies(x -> assertThat(x.windows().get(0).values().get(Metric.SOURCES)).isEqualTo(3.0));
        }
    }

    @Test
    void sampledRecordsAreScaledBeforeComparing() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            // 20 sampled packets at 1:100 in a 10 s window stand for 2,000 packets: 200 pps
            f.row(2, "192.0.2.1", "203.0.113.10", 17, 53, 5000, 0, 0, 20, 20_000, 100, null);
            Window w = Window.tumbling(Duration.ofSeconds(10));
            assertThat(f.run(rule("pps > 199", w, 0, 0))).singleElement().satisfies(a -> {
                assertThat(a.peakPps()).isEqualTo(200.0);
                assertThat(a.peakBps()).isEqualTo(20_000 * 100 * 8 / 10.0);
            });
            assertThat(f.run(rule("pps > 200", w, 0, 0))).isEmpty();
        }
    }

    @Test
    void protocolSynFragmentMetricsAndPercentiles() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            String v = "203.0.113.11";
            // window [0,10): 30 SYN (40 B), 10 SYN-ACK (not SYN floods' kind), 60 UDP fragments of 1500 B
            f.row(1, "198.18.0.1", v, 6, 4000, 443, 0x02, 0, 30, 1200, 1, "FR")
                    .row(1, "198.18.0.2", v, 6, 4001, 443, 0x12, 0, 10, 400, 1, "DE")
                    .row(2, "198.18.0.3", v, 17, 0, 0, 0, 2 | 4, 60, 90_000, 1, "DE");
            Window w = Window.tumbling(Duration.ofSeconds(10));
            Alert a = f.run(rule("syn_pps >= 3 AND syn_share >= 75% AND frag_share >= 0.6 AND countries = 2"
                    + " AND pkt_p50 = 1500 AND pkt_p95 = 1500 AND tcp_pps = 4 AND udp_bps = 72k", w, 0, 0)).get(0);
            assertThat(a.windows().get(0).values()).containsEntry(Metric.SYN_PPS, 3.0).containsEntry(Metric.SYN_SHARE, 0.75)
                    .containsEntry(Metric.FRAG_SHARE, 0.6).containsEntry(Metric.COUNTRIES, 2.0)
                    .containsEntry(Metric.UDP_BPS, 72_000.0);
            // 40 of 100 packets are 40 B: the 40th percentile is 40 B, the median 1500 B
            assertThat(f.run(rule("pkt_p50 < 1500", w, 0, 0))).isEmpty();
        }
    }

    @Test
    void prefixKeysGroupCarpetBombing() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            for (int h = 1; h <= 4; h++) f.udp(1, "198.18.0." + h, "192.0.2." + (h * 50), 10, 5000);
            Window w = Window.tumbling(Duration.ofSeconds(10));
            Rule perHost = rule("pps >= 2", w, 0, 0);
            assertThat(f.run(perHost)).isEmpty();
            Rule prefix = new Rule("p", "", "", w, GroupKey.parse(List.of("dst_addr/24")), Condition.parse("pps >= 4"),
                    Duration.ZERO, Duration.ZERO);
            assertThat(f.run(prefix)).singleElement().satisfies(a -> {
                assertThat(a.key().display()).isEqualTo("192.0.2.0/24");
                assertThat(a.peakPps()).isEqualTo(4.0);
            });
        }
    }
}
