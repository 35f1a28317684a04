package org.flowbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flowbench.query.TrafficPoint;
import org.junit.jupiter.api.Test;

class LiveTrafficTest {
    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    private static LiveSample at(double seconds, long packets, long bytes) {
        return new LiveSample(T0.plusMillis((long) (seconds * 1000)), packets, bytes, List.of(), List.of(), true, null);
    }

    @Test
    void ratesDivideByTheRealTimeBetweenSamples() {
        LiveTraffic traffic = new LiveTraffic(Duration.ofMinutes(15));
        assertThat(traffic.add(at(0, 0, 0))).as("the first sample is only a base").isFalse();
        assertThat(traffic.add(at(1.25, 1250, 125_000))).isTrue();

        TrafficPoint p = traffic.within(Duration.ofMinutes(5), T0.plusSeconds(2)).get(0);
        assertThat(p.packetsPerSecond()).isCloseTo(1000, within(1e-9));
        assertThat(p.bitsPerSecond()).isCloseTo(800_000, within(1e-6));
    }

    @Test
    void aDecoderThatStallsAndCatchesUpDrawsNeitherAGapNorTheFullSpike() {
        LiveTraffic traffic = new LiveTraffic(Duration.ofMinutes(15));
        // 1000 packets/s arrive throughout; the counters stand still at 4 s and 5 s, then jump
        long[] decoded = {0, 1000, 2000, 3000, 3000, 3000, 6000, 7000, 8000};
        for (int s = 0; s < decoded.length; s++) traffic.add(at(s, decoded[s], decoded[s] * 100));

        List<TrafficPoint> points = traffic.within(Duration.ofMinutes(5), T0.plusSeconds(10));
        // 1-second rates would read 1000, 1000, 1000, 0, 0, 3000, 1000, 1000
        assertThat(points).extracting(p -> Math.round(p.packetsPerSecond()))
                .containsExactly(1000L, 1000L, 1000L, 667L, 333L, 1000L, 1333L, 1667L);
        assertThat(points).allSatisfy(p -> assertThat(p.bitsPerSecond()).isCloseTo(p.packetsPerSecond() * 800, within(1e-6)));
    }

    @Test
    void pointsOlderThanTheKeptSpanAreDroppedAndWindowsSelectTheNewest() {
        LiveTraffic traffic = new LiveTraffic(Duration.ofSeconds(10));
        for (int s = 0; s <= 30; s++) traffic.add(at(s, s * 10L, s * 1000L));

        assertThat(traffic.within(Duration.ofMinutes(5), T0.plusSeconds(30))).hasSize(11);
        assertThat(traffic.within(Duration.ofSeconds(4), T0.plusSeconds(30)))
                .extracting(TrafficPoint::bucketStart).first().isEqualTo(T0.plusSeconds(26));
    }
}
