package org.flowbench.samples;

import java.io.IOException;
import java.util.List;

/**
 * The generator's loop: one-second slices; every source schedules the packets that start in
 * the slice; pending packets are written in time order, and those that belong later (the rest
 * of a TCP session, a DNS answer) wait for their slice. Single-threaded and free of hash
 * iteration, so a seed always gives the same bytes.
 */
final class CaptureRun {
    private static final long SLICE = 1_000_000L;
    /** A benchmark stops at its packet count; give up if the sources have gone silent. */
    private static final int MAX_EMPTY_SLICES = 3_600;

    private final long startMicros;
    private final List<TrafficSource> sources;
    private final List<IncidentTally> tallies;
    private final PacketSpec spec = new PacketSpec();
    private final FrameBuilder builder = new FrameBuilder();

    CaptureRun(long startMicros, List<TrafficSource> sources, List<IncidentTally> tallies) {
        this.startMicros = startMicros;
        this.sources = sources;
        this.tallies = tallies;
    }

    /**
     * Writes the capture.
     * @param durationMicros where the capture ends, when {@code packetLimit} is negative
     * @param packetLimit exact number of frames to write, or -1 for "until the end"; a datagram
     *     whose fragments would not all fit is left out, so no fragment train is cut
     */
    void run(PcapWriter out, long durationMicros, long packetLimit) throws IOException {
        EventBuffer pending = new EventBuffer();
        EventBuffer later = new EventBuffer();
        int emptySlices = 0;
        for (long from = 0; ; from += SLICE) {
            if (packetLimit < 0 ? from >= durationMicros : out.packets() >= packetLimit) return;
            long to = from + SLICE;
            for (TrafficSource source : sources) source.schedule(from, to, pending);
            long before = out.packets();
            long[] keys = pending.sortedKeys();
            for (int k = 0; k < pending.size; k++) {
                int row = EventBuffer.indexOf(keys[k]);
                if (pending.time[row] >= to) {
                    pending.copyRow(row, later);
                } else {
                    write(pending, row, out, packetLimit);
                }
            }
            EventBuffer swap = pending;
            pending = later;
            later = swap;
            later.clear();
            emptySlices = out.packets() == before ? emptySlices + 1 : 0;
            if (emptySlices > MAX_EMPTY_SLICES) {
                throw new IllegalStateException("traffic sources went silent after " + out.packets() + " packets");
            }
        }
    }

    private void write(EventBuffer events, int row, PcapWriter out, long packetLimit) throws IOException {
        TrafficSource source = sources.get(events.source[row]);
        long relative = events.time[row];
        spec.reset();
        spec.timeMicros = startMicros + relative;
        source.render(events, row, spec);
        if (packetLimit >= 0 && out.packets() + FrameBuilder.framesFor(spec) > packetLimit) return;
        int frames = builder.emit(spec, out);
        int incident = source.incident();
        if (incident >= 0) tallies.get(incident).add(relative, frames, builder.lastL3Bytes());
    }
}
