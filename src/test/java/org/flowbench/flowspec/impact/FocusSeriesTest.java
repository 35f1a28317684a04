package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusSeriesTest {
    private static final long T0 = 1_773_219_600L; // 2026-03-11 09:00:00 UTC, a round hour

    private static FocusSample at(long second, double before, double after) {
        return new FocusSample(Instant.ofEpochSecond(second), new Volume(before, before * 100), new Volume(after, after * 100));
    }

    @Test
    void secondsWithoutTrafficAreZerosNotAGapTheLineRunsAcross() {
        List<FocusSample> plotted = FocusSeries.plotted(List.of(at(T0, 10, 2), at(T0 + 4, 6, 0)), null, null, 1000);

        assertThat(plotted).extracting(s -> s.second().getEpochSecond())
                .containsExactly(T0, T0 + 1, T0 + 2, T0 + 3, T0 + 4);
        assertThat(plotted).extracting(s -> s.before().packets()).containsExactly(10.0, 0.0, 0.0, 0.0, 6.0);
        assertThat(plotted).extracting(s -> s.after().packets()).containsExactly(2.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(plotted.get(4).before().bytes()).isEqualTo(600);
    }

    @Test
    void theRangeRunsFromTheDatasetsFirstToItsLastSecondEvenWhereTheVictimIsQuiet() {
        List<FocusSample> plotted = FocusSeries.plotted(List.of(at(T0 + 2, 5, 5)),
                Instant.ofEpochSecond(T0), Instant.ofEpochSecond(T0 + 3), 1000);

        assertThat(plotted).extracting(s -> s.before().packets()).containsExactly(0.0, 0.0, 5.0, 0.0);
        assertThat(plotted.get(0).second()).isEqualTo(Instant.ofEpochSecond(T0));
    }

    @Test
    void aLongRangeIsSummedIntoRoundStepsOfMeanRatesNotThinnedOut() {
        // one day: 86,400 seconds; two samples fall in the same two-minute step
        List<FocusSample> plotted = FocusSeries.plotted(List.of(at(T0 + 1, 120, 60), at(T0 + 100, 240, 0)),
                Instant.ofEpochSecond(T0), Instant.ofEpochSecond(T0 + 86_399), 1000);

        assertThat(plotted).hasSizeLessThanOrEqualTo(1000).hasSizeGreaterThan(500);
        long step = plotted.get(1).second().getEpochSecond() - plotted.get(0).second().getEpochSecond();
        assertThat(step).isEqualTo(120);
        assertThat(plotted.get(0).before().packets()).as("(120 + 240) packets over 120 s").isEqualTo(3.0);
        assertThat(plotted.get(0).after().packets()).isEqualTo(0.5);
        assertThat(plotted.stream().skip(1)).allSatisfy(s -> assertThat(s.before().packets()).isZero());
    }

    @Test
    void noVictimTrafficAndNoRangeIsNoSeries() {
        assertThat(FocusSeries.plotted(List.of(), null, null, 1000)).isEmpty();
    }
}
