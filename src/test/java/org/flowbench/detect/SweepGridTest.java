package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.task.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two thresholds swept as a grid over {@link SweepScoreSuggestTest}'s hand-worked fixture, scored
 * against its attack, and the choice of the best point.
 */
class SweepGridTest {
    @TempDir java.nio.file.Path dir;

    @Test
    void gridOfPpsAndBpsScoredPointByPoint() throws Exception {
        try (DetectFixture f = SweepScoreSuggestTest.fixture(dir)) {
            SweepResult r = new Sweep(f.ws, DetectFixture.scopes(java.util.Map.of())).run(List.of(f.dataset),
                    RuleSet.of(SweepScoreSuggestTest.rule("pps > 1 AND bps > 1")), SweepAxis.parse("pps=0:10:10"),
                    SweepAxis.parse("bps=0:40k:20k"), List.of(SweepScoreSuggestTest.ATTACK), new Cancellation());
            // .10: [0,10) 10 pps 40k, [10,20) 20 pps 80k, [20,30) 5 pps 20k; .99: [10,20) 1 pps 4k; attack .10 [10,20).
            // Strict '>': (0,0) .10 [0,30) + .99; (0,20k) .10 [0,20); from (0,40k) on only .10 [10,20).
            // Minutes outside the attack, alerts clipped to the data [1,26): 15 s + 10 s; 9 s; then none.
            assertThat(r.points()).extracting(SweepPoint::values, SweepPoint::alerts, p -> p.score().detected(),
                            p -> p.score().falseAlerts(), p -> Math.round(p.score().alertMinutesOutside() * 60))
                    .containsExactly(
                            tuple(List.of(0.0, 0.0), 2, 1, 1, 25L),
                            tuple(List.of(0.0, 20_000.0), 1, 1, 0, 9L),
                            tuple(List.of(0.0, 40_000.0), 1, 1, 0, 0L),
                            tuple(List.of(10.0, 0.0), 1, 1, 0, 0L),
                            tuple(List.of(10.0, 20_000.0), 1, 1, 0, 0L),
                            tuple(List.of(10.0, 40_000.0), 1, 1, 0, 0L));
            assertThat(r.points().get(0).score().precision()).isEqualTo(0.5);
            // four points catch the attack with no false minute; the first of them in grid order wins
            assertThat(r.best()).hasValueSatisfying(p -> assertThat(p.values()).containsExactly(0.0, 40_000.0));
        }
    }

    static List<Arguments> rankings() {
        return List.of(
                Arguments.of("more attacks detected beats fewer false minutes", List.of(p(1, 5, 1, 2), p(2, 9, 3, 5)), 1),
                Arguments.of("then fewer alert minutes outside", List.of(p(2, 3, 2, 4), p(2, 1, 4, 6)), 1),
                Arguments.of("then fewer false alerts", List.of(p(2, 1, 2, 4), p(2, 1, 1, 4)), 1),
                Arguments.of("then fewer alerts", List.of(p(2, 1, 1, 5), p(2, 1, 1, 3)), 1),
                Arguments.of("a tie keeps the earlier point", List.of(p(2, 1, 1, 3), p(2, 1, 1, 3)), 0),
                Arguments.of("the best may be in the middle", List.of(p(0, 0, 0, 0), p(2, 0.5, 1, 2), p(1, 0, 0, 1)), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void bestPoint(String why, List<SweepPoint> points, int expected) {
        SweepResult r = new SweepResult(List.of(SweepAxis.parse("pps=1:" + points.size() + ":1")), points);
        assertThat(r.best()).containsSame(points.get(expected));
    }

    @Test
    void noBestWithoutAttacksToScoreAgainst() {
        Score none = new Score(0, 0, 3, 0, 3, 2.0, 0.0, null, List.of());
        SweepResult r = new SweepResult(List.of(SweepAxis.parse("pps=1:1:1")), List.of(new SweepPoint(List.of(1.0), 3, 1, none)));
        assertThat(r.best()).isEmpty();
    }

    private static int value;

    /** A point with only what the ranking reads; values count up so every point is distinct. */
    private static SweepPoint p(int detected, double minutesOutside, int falseAlerts, int alerts) {
        Score s = new Score(2, detected, alerts, alerts - falseAlerts, falseAlerts, minutesOutside, null,
                detected / 2.0, new ArrayList<>());
        return new SweepPoint(List.of((double) ++value), alerts, alerts, s);
    }
}
