package org.flowbench.ui.live;

import java.time.Instant;
import java.util.List;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ui.explore.Counter;

/**
 * What a running session shows at one moment; immutable.
 *
 * @param packets   packets seen so far (scaled by sampling rate for flow records); rates come from two samples
 * @param bytes     layer-3 bytes seen so far, likewise
 * @param counters  the session's own counters, formatted (datagrams received, frames, drops...)
 * @param exporters per-exporter counters; empty for an interface capture
 * @param running   false once the session ended by itself (a failure); it must still be stopped
 * @param failure   why it ended, or null
 */
public record LiveSample(Instant at, long packets, long bytes, List<Counter> counters, List<ExporterCounters> exporters,
                         boolean running, String failure) {
    public LiveSample {
        counters = List.copyOf(counters);
        exporters = List.copyOf(exporters);
    }
}
