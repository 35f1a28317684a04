package org.flowbench.samples;

import java.time.Instant;

/**
 * One labelled incident of a sample, as written to {@code <name>.labels.json}. The time range
 * is half-open and whole seconds: every packet of the incident lies in [start, end).
 * {@code packets} and {@code bytes} count exactly the packets {@code filter} matches in the
 * file; bytes are layer-3 bytes (IP total length), as the {@code flows} table counts them.
 */
public record IncidentLabel(String name, String kind, Instant start, Instant end, String victim, String filter,
                            long packets, long bytes) {
    public static final String ATTACK = "attack", BENIGN = "benign", MAINTENANCE = "maintenance";
}
