package org.flowbench.query;

import java.util.List;

/** Traffic-over-time for the first window's chart. Implemented with the store change. */
public interface TrafficQuery {
    /**
     * Per-bucket bps and pps of one dataset, with a bucket length chosen so that there are at
     * most {@code maxPoints} buckets (1 s when the span allows).
     */
    List<TrafficPoint> series(long datasetId, int maxPoints) throws Exception;
}
