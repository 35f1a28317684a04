package org.flowbench.ui.mitigate;

import java.time.Instant;

/**
 * A victim and time range to generate rules for; {@code from}/{@code to} may be null (the whole
 * dataset). {@code origin} tells the user where the suggestion came from.
 */
public record AttackTarget(String victim, Instant from, Instant to, String origin) {
}
