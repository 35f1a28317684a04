package org.flowbench.store;

import java.time.Instant;

/** What an import stored, written into the dataset row when it finishes. */
public record DatasetTotals(Instant firstTs, Instant lastTs, long packets, long bytes, long rows) {
    public static final DatasetTotals EMPTY = new DatasetTotals(null, null, 0, 0, 0);
}
