package org.flowbench.flowspec.impact;

import java.time.Instant;

/** One second of traffic towards the victim, before and after the rules: the window's chart. */
public record FocusSample(Instant second, Volume before, Volume after) {
}
