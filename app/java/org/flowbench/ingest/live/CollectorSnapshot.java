package org.flowbench.ingest.live;

import java.time.Instant;
import java.util.List;

/**
 * The counters of a collector session at one moment; immutable, safe to read on any thread.
 *
 * @param exporters        per exporter, in order of first sight (rejected sources included)
 * @param totals           sums over every exporter
 * @param received         datagrams read from the sockets, before the allowlist
 * @param decoded          datagrams the decoding thread has taken off the queue
 * @param queueDrops       datagrams dropped because the decoder fell behind (queue full)
 * @param storedRows       rows committed to the dataset
 * @param packets          packets of the records decoded so far, scaled by sampling rate (exact at {@code at})
 * @param bytes            bytes of the records decoded so far, scaled by sampling rate; rates come from two snapshots
 * @param running          false once the session stopped or failed
 * @param failure          why the session failed, or null
 */
public record CollectorSnapshot(Instant at, List<ExporterCounters> exporters, ExporterCounters totals,
                                long received, long decoded, long queueDrops, long storedRows, long packets, long bytes,
                                boolean running, String failure) {
    public CollectorSnapshot {
        exporters = List.copyOf(exporters);
    }
}
