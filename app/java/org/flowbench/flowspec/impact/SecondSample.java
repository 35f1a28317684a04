package org.flowbench.flowspec.impact;

import java.time.Instant;

/** One second of a series: the traffic offered (matched, for a rule) and what was dropped of it. */
public record SecondSample(Instant second, SplitVolume offered, SplitVolume dropped) {
    public SplitVolume passed() {
        return offered.minus(dropped);
    }
}
