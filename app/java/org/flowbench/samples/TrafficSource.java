package org.flowbench.samples;

/**
 * One kind of traffic in a capture. The generator asks each source for the packets that start
 * in a one-second slice, merges all sources by time, then asks the owning source to fill in
 * each packet just before it is written.
 */
interface TrafficSource {
    /**
     * Adds the packets starting in [fromMicros, toMicros) (relative to the capture start). A
     * packet belonging to a longer exchange may lie later, never earlier.
     */
    void schedule(long fromMicros, long toMicros, EventBuffer events);

    /** Fills {@code spec} for row {@code row} (time already set); leaves the payload in spec. */
    void render(EventBuffer events, int row, PacketSpec spec);

    /** Index of the labelled incident this source's packets belong to, or -1 for background. */
    default int incident() {
        return -1;
    }
}
