package org.flowbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flowbench.settings.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TypedTimeTest {
    private static final Instant T = Instant.parse("2026-03-11T09:32:01Z");

    @AfterEach
    void backToUtc() {
        Formats.configure(ZoneOffset.UTC, Preferences.RateUnit.BITS);
    }

    @Test
    void timesAreWrittenAndReadInTheDisplayZone() {
        Formats.configure(ZoneId.of("Europe/Paris"), Preferences.RateUnit.BITS);
        assertThat(TypedTime.format(T)).isEqualTo("2026-03-11 10:32:01");
        assertThat(TypedTime.parse("2026-03-11 10:32:01")).isEqualTo(T);
        assertThat(TypedTime.parse(TypedTime.format(T))).isEqualTo(T);
        assertThat(TypedTime.hint("blank: dataset start")).isEqualTo("blank: dataset start (yyyy-mm-dd hh:mm:ss Europe/Paris)");
    }

    @Test
    void anIsoInstantKeepsItsOwnOffsetAndBlankIsNoTime() {
        Formats.configure(ZoneId.of("Asia/Tokyo"), Preferences.RateUnit.BITS);
        assertThat(TypedTime.parse("2026-03-11T09:32:01Z")).isEqualTo(T);
        assertThat(TypedTime.parse("  ")).isNull();
        assertThat(TypedTime.format(null)).isEmpty();
        assertThat(TypedTime.parse("2026-03-11 18:32")).isEqualTo(T.minusSeconds(1));
    }

    @Test
    void anythingElseIsRefusedWithAnExampleInTheZone() {
        assertThatThrownBy(() -> TypedTime.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'yesterday' is not a time; type e.g. 2024-05-01 12:00:05 (UTC)");
    }
}
