package org.flowbench.store;

import java.time.Instant;

/**
 * One row of the {@code datasets} table, as lists and sidebars show it.
 *
 * @param firstTs start of the first stored second, null when nothing was stored
 * @param lastTs  start of the last stored second, null when nothing was stored
 * @param reportJson the import report (counters, damage) as JSON
 */
public record DatasetInfo(long id, String name, String sourcePath, String kind, DatasetStatus status,
                          Instant createdAt, Instant firstTs, Instant lastTs, long packets, long bytes,
                          long rows, String reportJson) {
}
