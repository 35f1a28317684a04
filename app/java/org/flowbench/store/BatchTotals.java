package org.flowbench.store;

import java.time.Instant;
import org.flowbench.schema.FlowBatch;

/** Running sums over the batches a writer stored: rows, packets, bytes and the time span. */
final class BatchTotals {
    private long rows, packets, bytes;
    private long minTsMicros = Long.MAX_VALUE, maxTsMicros = Long.MIN_VALUE;

    void count(FlowBatch b) {
        rows += b.size;
        for (int i = 0; i < b.size; i++) {
            packets += b.packets[i];
            bytes += b.bytes[i];
            long t = b.tsMicros[i];
            if (t < minTsMicros) minTsMicros = t;
            if (t > maxTsMicros) maxTsMicros = t;
        }
    }

    DatasetTotals toDatasetTotals() {
        if (rows == 0) return DatasetTotals.EMPTY;
        return new DatasetTotals(micros(minTsMicros), micros(maxTsMicros), packets, bytes, rows);
    }

    private static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }
}
