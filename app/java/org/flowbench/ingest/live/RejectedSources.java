package org.flowbench.ingest.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Datagrams refused by the allowlist, per source address. Written by the receive threads and
 * read by snapshots, hence synchronised; bounded like the exporter table, past which sources
 * share one count.
 */
final class RejectedSources {
    record Source(long hi, long lo) {}

    private final int maxSources;
    private final Map<Source, Long> bySource = new LinkedHashMap<>();
    private long others;
    private long total;

    RejectedSources(int maxSources) {
        this.maxSources = maxSources;
    }

    synchronized void count(long hi, long lo) {
        total++;
        Source s = new Source(hi, lo);
        Long n = bySource.get(s);
        if (n == null && bySource.size() >= maxSources) {
            others++;
        } else {
            bySource.put(s, n == null ? 1 : n + 1);
        }
    }

    synchronized Map<Source, Long> bySource() {
        return new LinkedHashMap<>(bySource);
    }

    synchronized long others() { return others; }

    synchronized long total() { return total; }
}
