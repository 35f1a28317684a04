package org.flowbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void siKeepsThreeSignificantDigits() {
        assertThat(Formats.si(0)).isEqualTo("0");
        assertThat(Formats.si(950)).isEqualTo("950");
        assertThat(Formats.si(999.7)).isEqualTo("1.00 k");
        assertThat(Formats.si(12_345)).isEqualTo("12.3 k");
        assertThat(Formats.si(1.5e9, "bps")).isEqualTo("1.50 Gbps");
        assertThat(Formats.si(512, "B")).isEqualTo("512 B");
        assertThat(Formats.quantity(2_130, "packet/s")).isEqualTo("2.13 kpps");
        assertThat(Formats.quantity(17.9e6, "bits")).isEqualTo("17.9 Mbit");
        assertThat(Formats.quantity(3.76e6, "bytes")).isEqualTo("3.76 MB");
        assertThat(Formats.quantity(12_300, "packets")).isEqualTo("12.3 k packets");
        assertThat(Formats.quantity(950, "flows")).isEqualTo("950 flows");
        assertThat(Formats.quantity(42_500, "bit/s")).isEqualTo("42.5 kbit/s");
        assertThat(Formats.quantity(1_500, "bps")).isEqualTo("1.50 kbps");
        assertThat(Formats.si(12.5)).isEqualTo("12.5");
    }

    @Test
    void countsHaveSeparators() {
        assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void spanRunsToTheEndOfTheLastSecond() {
        Instant first = Instant.parse("2024-03-01T12:00:00Z");
        assertThat(Formats.span(first, first.plusSeconds(309)))
                .isEqualTo("2024-03-01 12:00:00 to 12:05:10 UTC (5 min 10 s)");
        assertThat(Formats.span(first, Instant.parse("2024-03-02T13:00:00Z")))
                .isEqualTo("2024-03-01 12:00:00 to 2024-03-02 13:00:01 UTC (1 d 1 h)");
        assertThat(Formats.span(null, null)).isEqualTo("no traffic stored");
        assertThat(Formats.startAndLength(first, first.plusSeconds(59))).isEqualTo("2024-03-01 12:00:00 UTC, 1 min");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Formats.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Formats.duration(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(Formats.duration(Duration.ofMinutes(123))).isEqualTo("2 h 3 min");
    }
}
