package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report's one number formatter: SI prefixes, three significant digits, exact small counts. */
class UnitsTest {
    @Test
    void ratesAndSizesUseSiPrefixesWithThreeSignificantDigits() {
        assertThat(Units.bytes(0)).isEqualTo("0 B");
        assertThat(Units.bytes(512)).isEqualTo("512 B");
        assertThat(Units.bytes(999.4)).isEqualTo("999 B");
        assertThat(Units.bytes(999.6)).isEqualTo("1.00 kB");
        assertThat(Units.bytes(2_232_000)).isEqualTo("2.23 MB");
        assertThat(Units.bps(42_600)).isEqualTo("42.6 kbit/s");
        assertThat(Units.bps(123_456_789)).isEqualTo("123 Mbit/s");
        assertThat(Units.bps(9.996e9)).isEqualTo("10.0 Gbit/s");
        assertThat(Units.pps(45.13)).isEqualTo("45.1 pps");
        assertThat(Units.bps(Double.NaN)).isEqualTo("-");
    }

    @Test
    void countsAreExactBelowAMillionAndSharesArePercentages() {
        assertThat(Units.count(11_620)).isEqualTo("11,620");
        assertThat(Units.count(2.5)).isEqualTo("2.5");
        assertThat(Units.count(4_500_000)).isEqualTo("4.50 M");
        assertThat(Units.percent(0.5954)).isEqualTo("59.5 %");
        assertThat(Units.percent(null)).isEqualTo("-");
    }

    @Test
    void timesAreUtcAndDurationsRead() {
        assertThat(Units.time(Instant.parse("2026-02-03T14:02:20Z"))).isEqualTo("2026-02-03 14:02:20 UTC");
        assertThat(Units.clock(Instant.parse("2026-02-03T14:02:20.7Z"))).isEqualTo("14:02:20");
        assertThat(Units.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Units.duration(Duration.ofSeconds(140))).isEqualTo("2 min 20 s");
        assertThat(Units.duration(Duration.ofSeconds(7500))).isEqualTo("2 h 5 min");
        assertThat(Units.duration(null)).isEqualTo("-");
    }
}
