package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sequence table is bounded: past its size it forgets everyone and starts afresh. */
class SflowSequencesTest {
    @Test
    void forgetsAllPairsWhenFull() {
        SflowSequences s = new SflowSequences(2);
        assertThat(s.gapBefore(0, 1, 0, 10)).isZero();
        assertThat(s.gapBefore(0, 2, 0, 10)).isZero();
        assertThat(s.gapBefore(0, 1, 0, 12)).isEqualTo(1);
        assertThat(s.resets()).isZero();
        assertThat(s.gapBefore(0, 3, 0, 10)).isZero(); // a third pair: the table starts afresh
        assertThat(s.resets()).isEqualTo(1);
        assertThat(s.gapBefore(0, 1, 0, 20)).as("pair 1 was forgotten: no gap counted").isZero();
        assertThat(s.gapBefore(0, 1, 0, 21)).isZero();
        assertThat(s.gapBefore(0, 1, 1, 5)).as("another sub-agent is another pair").isZero();
    }
}
