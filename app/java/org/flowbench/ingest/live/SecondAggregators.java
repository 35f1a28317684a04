package org.flowbench.ingest.live;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketAggregator;
import org.flowbench.schema.FlowSink;

/**
 * One {@link PacketAggregator} per captured second, so that a second can be flushed to the
 * store as soon as it is over while the next keeps aggregating: the aggregator's public API
 * emits early seconds only when later packets arrive, and {@code finish()} ends its input.
 * A second thus becomes the same rows as in a file import; a packet that arrives after its
 * second was flushed (reordered by more than the grace) opens a new aggregator and adds a
 * second row for its key, which keeps the sums exact. Not thread-safe: the capture thread only.
 */
final class SecondAggregators {
    /** Keys per second before an aggregator emits early: about 5 MB of table, allocated once a second. */
    static final int MAX_KEYS = 1 << 15;
    /** Seconds held at once; the capture thread flushes finished seconds long before this. */
    static final int MAX_HELD = 8;

    private final FlowSink sink;
    private final int batchRows;
    private final List<Long> seconds = new ArrayList<>(4);
    private final List<PacketAggregator> aggregators = new ArrayList<>(4);
    private int lastIndex = -1;

    SecondAggregators(FlowSink sink, int batchRows) {
        this.sink = sink;
        this.batchRows = batchRows;
    }

    void add(long epochSecond, DecodedPacket p) throws Exception {
        int i = lastIndex >= 0 && seconds.get(lastIndex) == epochSecond ? lastIndex : indexOf(epochSecond);
        if (i < 0) {
            // timestamps far from the clock (a skewed NIC clock) must not pile up aggregators
            if (seconds.size() == MAX_HELD) finishAt(0);
            seconds.add(epochSecond);
            aggregators.add(new PacketAggregator(sink, batchRows, MAX_KEYS, 0));
            i = seconds.size() - 1;
        }
        lastIndex = i;
        aggregators.get(i).add(epochSecond, p);
    }

    /** Stores every second before {@code cutoff}, oldest first. */
    void flushBefore(long cutoff) throws Exception {
        for (int i = 0; i < seconds.size(); ) {
            if (seconds.get(i) < cutoff) finishAt(i);
            else i++;
        }
    }

    private void finishAt(int i) throws Exception {
        aggregators.get(i).finish();
        aggregators.remove(i);
        seconds.remove(i);
        lastIndex = -1;
    }

    void finishAll() throws Exception {
        flushBefore(Long.MAX_VALUE);
    }

    /** Seconds still held in memory. */
    int heldSeconds() { return seconds.size(); }

    private int indexOf(long epochSecond) {
        for (int i = 0; i < seconds.size(); i++) if (seconds.get(i) == epochSecond) return i;
        return -1;
    }
}
