package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTicksTest {
    @ParameterizedTest(name = "{0} .. {1}, at most {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from                | to                   | max | expected ticks
            2026-02-03T14:00:00Z  | 2026-02-03T14:07:00Z | 6   | 14:00:00 14:02:00 14:04:00 14:06:00
            2026-02-03T14:00:00Z  | 2026-02-03T14:06:59Z | 6   | 14:00:00 14:02:00 14:04:00 14:06:00
            2026-02-03T14:00:07Z  | 2026-02-03T14:00:31Z | 6   | 14:00:10 14:00:15 14:00:20 14:00:25 14:00:30
            2026-02-03T14:00:00.5Z| 2026-02-03T14:00:03Z | 6   | 14:00:01 14:00:02 14:00:03
            2026-02-03T10:17:00Z  | 2026-02-03T22:40:00Z | 6   | 12:00:00 14:00:00 16:00:00 18:00:00 20:00:00 22:00:00
            2026-02-03T14:00:00Z  | 2026-02-03T14:00:00Z | 6   | 14:00:00
            """)
    void ticksAreRoundAndFew(String from, String to, int max, String expected) {
        var ticks = TimeTicks.between(Instant.parse(from.trim()), Instant.parse(to.trim()), max);
        assertThat(ticks).hasSizeLessThanOrEqualTo(max);
        assertThat(String.join(" ", ticks.stream().map(t -> t.toString().substring(11, 19)).toList())).isEqualTo(expected.trim());
    }
}
