package org.flowbench.ui.live;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CaptureCounters;
import org.flowbench.ingest.live.InterfaceCapture;
import org.flowbench.store.Workspace;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.Counter;

/** An {@link InterfaceCapture} on its own workspace connection, closed when the session stops. */
final class CaptureSession implements LiveSession {
    private final InterfaceCapture capture;
    private final Workspace connection;
    /** The counters' clock is seconds since the start; this places it in time. */
    private final Instant started = Instant.now();

    CaptureSession(InterfaceCapture capture, Workspace connection) {
        this.capture = capture;
        this.connection = connection;
    }

    @Override
    public long datasetId() { return capture.datasetId(); }

    @Override
    public String source() { return capture.options().source(); }

    @Override
    public List<InetSocketAddress> listening() { return List.of(); }

    @Override
    public LiveSample sample() {
        CaptureCounters c = capture.counters();
        List<Counter> counters = List.of(
                new Counter("Frames received", Formats.count(c.received())),
                new Counter("IP packets", Formats.count(c.ipPackets())),
                new Counter("Non-IP frames", Formats.count(c.nonIp())),
                new Counter("Truncated or malformed", Formats.count(c.truncated() + c.malformed())),
                new Counter("Dropped by the kernel", Formats.count(c.kernelDropped())),
                new Counter("Dropped by the interface", Formats.count(c.interfaceDropped())),
                new Counter("Rows stored", Formats.count(c.rowsStored())));
        boolean running = capture.isRunning();
        Instant at = started.plusNanos((long) (c.seconds() * 1e9));
        return new LiveSample(at, c.ipPackets(), c.ipBytes(), counters, List.of(), running,
                running ? null : "the capture stopped reading");
    }

    @Override
    public synchronized ImportReport stop() {
        try {
            return capture.stop();
        } finally {
            connection.close();
        }
    }
}
